using Kaggle.Core.Data;

namespace Kaggle.Core.Models;

/// <summary>A fitted transformation of feature matrices (a fitted scaler, PCA, encoder).</summary>
public interface ITransformer : IModel
{
    Matrix Transform(Matrix x);
}
