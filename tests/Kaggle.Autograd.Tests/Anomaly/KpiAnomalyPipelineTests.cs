using Kaggle.Autograd.Anomaly;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.TimeSeries;

namespace Kaggle.Autograd.Tests.Anomaly;

public sealed class KpiAnomalyPipelineTests
{
    private static readonly KpiAnomalyPipeline s_gbdtOnly = new()
    {
        UseDonut = false,
        Gbdt = new HistGradientBoostingClassifier { Rounds = 20, MinChildSamples = 5 },
        NormalSampleRate = 1,
    };

    // Two seasonal KPIs (period 50) with labelled spikes every 97 points; train 0..799, test 800..999.
    private static SeriesSet Synthetic()
    {
        var series = new List<string>();
        var time = new List<long>();
        var values = new List<double>();
        var labels = new List<double>();
        var testRows = (Series: new List<string>(), Time: new List<long>(), Values: new List<double>());
        foreach (var (id, interval) in new[] { ("a", 60L), ("b", 300L) })
            for (var t = 0; t < 1000; t++)
            {
                var spike = t % 97 == 13 || t % 97 == 14;
                var value = Math.Sin(2 * Math.PI * t / 50) + (spike ? 5 : 0) + (0.01 * (t % 7));
                if (t < 800)
                {
                    series.Add(id); time.Add(t * interval); values.Add(value); labels.Add(spike ? 1 : 0);
                }
                else
                {
                    testRows.Series.Add(id); testRows.Time.Add(t * interval); testRows.Values.Add(value);
                }
            }
        return SeriesGrid.Build(new SeriesRows([.. series], [.. time], [.. values], [.. labels]),
            new SeriesRows([.. testRows.Series], [.. testRows.Time], [.. testRows.Values]));
    }

    [Fact]
    public void Validate_ObviousSpikes_GbdtDetectsThem()
    {
        var validation = s_gbdtOnly.Validate(Synthetic());

        Assert.Equal(["a", "b"], validation.Series.Select(r => r.Id));
        Assert.True(validation.GbdtF1 > 0.9, $"gbdt F1 {validation.GbdtF1}");
        Assert.True(validation.ChosenF1 > 0.8, $"held-out F1 {validation.ChosenF1}");
        // Without Donut only the GBDT's two threshold choices are compared.
        Assert.Equal(["gbdt"], validation.Choices.Select(c => c.Detector).Distinct());
        Assert.Equal("gbdt", validation.Chosen.Detector);
    }

    [Fact]
    public void Predict_AfterValidate_OneLabelPerTestRowFlaggingSpikes()
    {
        var set = Synthetic();
        var validation = s_gbdtOnly.Validate(set);

        var predictions = s_gbdtOnly.Predict(set, validation);

        Assert.Equal(400, predictions.Length);
        // Test row 0 of "a" is t = 800; 800 % 97 = 24, so the two-point spikes are at t = 886, 887 and 983, 984
        // (rows 86, 87 and 183, 184); an alarm at either point detects a segment.
        Assert.True(predictions[86] + predictions[87] >= 1, "spike at 886 missed");
        Assert.True(predictions[183] + predictions[184] >= 1, "spike at 983 missed");
        Assert.True(predictions.Count(p => p == 1) < 40);
    }

    [Fact]
    public void Predict_KpiOnlyInTest_PredictedWithTheMedianThresholdAndNoted()
    {
        var withNew = SeriesGrid.Build(
            new SeriesRows([.. Enumerable.Repeat("a", 800)], [.. Enumerable.Range(0, 800).Select(t => 60L * t)],
                [.. Enumerable.Range(0, 800).Select(t => Math.Sin(t / 8.0) + (t % 97 == 13 ? 5 : 0))],
                [.. Enumerable.Range(0, 800).Select(t => t % 97 == 13 ? 1.0 : 0)]),
            new SeriesRows(["z", "z", "z"], [0, 60, 120], [1, 2, 1]));
        var validation = s_gbdtOnly.Validate(withNew);
        var notes = new List<string>();

        var predictions = s_gbdtOnly.Predict(withNew, validation, notes.Add);

        Assert.Equal(3, predictions.Length);
        Assert.All(predictions, p => Assert.True(p is 0 or 1));
        Assert.Contains(notes, n => n.Contains("'z'", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidationCut_HoldsOutTheLatestShareOfTrainingPoints()
    {
        var series = Synthetic().Series[0];

        var cut = s_gbdtOnly.ValidationCut(series);

        Assert.Equal(560, cut);
    }
}
