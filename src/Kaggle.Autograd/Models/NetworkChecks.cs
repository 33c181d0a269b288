namespace Kaggle.Autograd.Models;

/// <summary>Hyper-parameter checks shared by the network learners (run in Fit, never in constructors).</summary>
internal static class NetworkChecks
{
    public static void Layers(Widths widths, double dropout, int threads)
    {
        foreach (var width in widths)
            if (width < 1) throw new ArgumentOutOfRangeException(nameof(widths), $"Layer widths must be at least 1; got {widths}.");
        if (dropout is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(dropout), $"Dropout must be in [0, 1); got {dropout}.");
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
    }
}
