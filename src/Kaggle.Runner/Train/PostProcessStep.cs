using Kaggle.Core.Metrics;
using Kaggle.Core.PostProcessing;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, step 6: the experiment's <see cref="IPostProcessor"/> turns the combined result into the one submitted
/// (nothing by default; e.g. a decision threshold chosen on out-of-fold predictions). A changed result replaces the
/// combined one in the report, so the table, the record and oof.csv show what was submitted.
/// </summary>
internal static class PostProcessStep
{
    public static Combination Run(Experiment experiment, Combination combined, IMetric metric, double[] y)
    {
        var final = experiment.PostProcessor.Apply(combined.Final, metric, y);
        return ReferenceEquals(final, combined.Final) ? combined : combined with { Final = final };
    }
}
