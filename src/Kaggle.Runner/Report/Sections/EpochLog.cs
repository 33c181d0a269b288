using System.Globalization;
using System.Text.RegularExpressions;

namespace Kaggle.Runner.Report.Sections;

/// <summary>
/// Reads the per-epoch training logs a run records under "&lt;model&gt; training" (lines such as
/// <c>seed 42 fold 1: epoch 3: loss 0.08123, accuracy 0.97510, validation loss 0.09011, learning rate 0.001, 2.41 s</c>)
/// into one mean curve per quantity over the fold fits.
/// </summary>
internal static partial class EpochLog
{
    /// <summary>Per quantity ("loss", "validation loss", "accuracy"…), the mean over fits at each epoch, in epoch order.</summary>
    public static Dictionary<string, List<(double Epoch, double Mean)>> Curves(IEnumerable<string> lines)
    {
        var sums = new Dictionary<string, SortedDictionary<int, (double Sum, int Count)>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var match = Epoch().Match(line);
            if (!match.Success) continue;
            var epoch = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            foreach (var part in match.Groups[2].Value.Split(", "))
            {
                var space = part.LastIndexOf(' ');
                if (space <= 0) continue;
                var name = part[..space];
                if (name is "learning rate" || !double.TryParse(part[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
                if (!sums.TryGetValue(name, out var byEpoch)) sums[name] = byEpoch = [];
                var (sum, count) = byEpoch.GetValueOrDefault(epoch);
                byEpoch[epoch] = (sum + value, count + 1);
            }
        }
        return sums.ToDictionary(p => p.Key, p => p.Value.Select(e => ((double)e.Key, e.Value.Sum / e.Value.Count)).ToList(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"epoch (\d+): (.*)$")]
    private static partial Regex Epoch();
}
