namespace Kaggle.Core.Models;

/// <summary>
/// A model that delegates to another fitted model and adjusts its output (e.g. a target transform's inverse): what the
/// inner model knows about itself (importance, learning curves) is the wrapper's too.
/// </summary>
public interface IModelWrapper
{
    /// <summary>The fitted model this one delegates to.</summary>
    IModel Inner { get; }
}
