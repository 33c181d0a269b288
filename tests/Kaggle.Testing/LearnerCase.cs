using Kaggle.Core.Models;

namespace Kaggle.Testing;

/// <summary>What a learner predicts, which decides the synthetic data and the baseline it must beat.</summary>
public enum LearnerTask
{
    Regression,
    Binary,
    Multiclass,
}

/// <summary>
/// One learner configuration for the conformance theory. <see cref="Create"/> builds the learner for a seed;
/// <see cref="CreateWithThreads"/> (optional) builds it for a seed and a thread count, to check thread-count determinism;
/// <see cref="RoundTrip"/> (optional) saves and reloads a model; <see cref="HandlesMissing"/> says NaN features are allowed;
/// <see cref="AcceptsSampleWeights"/> (default true) says Fit honours sampleWeight. <see cref="Name"/> must be unique in
/// its test class: it names the tests, one per check (see <see cref="LearnerConformance"/> for how to register a case).
/// </summary>
public sealed record LearnerCase(
    string Name,
    LearnerTask Task,
    Func<int, ILearner<IModel>> Create,
    bool HandlesMissing = false,
    Func<IModel, IModel>? RoundTrip = null,
    Func<int, int, ILearner<IModel>>? CreateWithThreads = null,
    bool AcceptsSampleWeights = true)
{
    public override string ToString() => Name;

    /// <summary>Saves a model to memory and loads it back through its <see cref="IPersistable{TSelf}"/> implementation.</summary>
    public static IModel Persist<TModel>(IModel model) where TModel : IModel, IPersistable<TModel>
    {
        using var stream = new MemoryStream();
        ((TModel)model).Save(stream);
        stream.Position = 0;
        return TModel.Load(stream);
    }
}
