using Kaggle.Core.Data;

namespace Kaggle.Core.Ensembles;

/// <summary>
/// An ensemble that can be fitted on some rows' member predictions and asked for others', which is what nested
/// scoring does fold by fold and what lets <see cref="SelectEnsemble"/> choose among ensembles without flattering
/// the choice. <see cref="IEnsemble.Combine"/> scores every fold with exactly this method.
/// </summary>
public interface INestedEnsemble : IEnsemble
{
    /// <summary>
    /// Fits the combination on the member predictions of <paramref name="fitRows"/> (ensembles that fit nothing ignore
    /// them and the target) and returns its predictions for <paramref name="predictRows"/>, rows × outputs in that order.
    /// </summary>
    Matrix FitPredict(EnsembleInputs inputs, int[] fitRows, int[] predictRows);
}
