using Microsoft.ML;

namespace Kaggle.MlNet.Learners;

/// <summary>
/// Builds an ML.NET estimator (a trainer, or a chain of transforms ending in one) from the seeded
/// <see cref="MLContext"/> of one fit, e.g. <c>ml =&gt; ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 16)</c>.
/// It reads <see cref="Data.MlNetColumns.Features"/> and <see cref="Data.MlNetColumns.Label"/> (ML.NET's defaults).
/// </summary>
public delegate IEstimator<ITransformer> MlNetTrainer(MLContext ml);
