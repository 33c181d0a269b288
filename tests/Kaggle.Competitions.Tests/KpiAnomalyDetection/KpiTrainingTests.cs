using System.Globalization;
using System.Text;
using Kaggle.Core.Data;
using KpiAnomalyDetection;

namespace Kaggle.Competitions.Tests.KpiAnomalyDetection;

public sealed class KpiTrainingTests
{
    // KPI "a": 600 training minutes with labelled spikes, written newest first (unsorted), one timestamp twice, one
    // empty and one NaN value; KPI "one": a single training point; test: 100 more minutes of "a" (one timestamp
    // twice), two points of "one", and KPI "new" that the training file never mentions, with a single point.
    private static (Frame Train, Frame Test) IrregularFiles()
    {
        var train = new StringBuilder("timestamp,value,label,KPI ID\n");
        for (var t = 599; t >= 0; t--)
        {
            var spike = t % 97 == 13;
            var value = t == 200 ? "" : t == 300 ? "NaN" : Value(t, spike);
            train.Append(CultureInfo.InvariantCulture, $"{60 * t},{value},{(spike ? 1 : 0)},a\n");
            if (t == 100) train.Append(CultureInfo.InvariantCulture, $"{60 * t},{value},0,a\n");
        }
        train.Append("0,5.0,0,one\n");
        var test = new StringBuilder("timestamp,value,KPI ID\n");
        for (var t = 600; t < 700; t++) test.Append(CultureInfo.InvariantCulture, $"{60 * t},{Value(t, t % 97 == 13)},a\n");
        test.Append("39000,1.0,a\n60,5.0,one\n120,5.1,one\n0,3.0,new\n");
        return (Read(train, "train.csv"), Read(test, "test.csv"));
    }

    private static string Value(int t, bool spike) => (Math.Sin(t / 8.0) + (spike ? 6 : 0)).ToString("R", CultureInfo.InvariantCulture);

    private static Frame Read(StringBuilder text, string name) =>
        CsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), name, KpiTraining.ReadOptions);

    [Fact]
    public void Run_IrregularInput_OneLabelPerTestRowAndEveryCaseSaid()
    {
        var (train, test) = IrregularFiles();
        var log = new List<string>();

        var (validation, predictions, seconds) = KpiTraining.Run(train, test, fast: false, log.Add);

        Assert.Equal(test.RowCount, predictions.Length);
        Assert.All(predictions, p => Assert.True(p is 0 or 1));
        Assert.Contains(validation.Series, r => r.Id == "one");
        Assert.True(seconds.ContainsKey("validate") && seconds.ContainsKey("refit"));
        string[] said = ["not in time order", "repeated timestamps", "empty or NaN", "'new' is in the test rows but not in the training rows"];
        foreach (var text in said) Assert.Contains(log, line => line.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WithoutDonut_ComparesOnlyTheGbdtsThresholdsAndPrintsTheTable()
    {
        var (train, test) = IrregularFiles();
        var log = new List<string>();

        var (validation, predictions, _) = KpiTraining.Run(train, test, fast: true, log.Add, useDonut: false);

        Assert.Equal(test.RowCount, predictions.Length);
        Assert.Equal(["gbdt"], validation.Choices.Select(c => c.Detector).Distinct());
        Assert.Contains(log, line => line.Contains("| detector | thresholds | held-out F1 |", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RepeatedTestTimestamp_BothRowsGetOnePrediction()
    {
        var (train, test) = IrregularFiles();

        var (_, predictions, _) = KpiTraining.Run(train, test, fast: false, _ => { });

        // Row 50 is minute 650 of "a"; row 100 repeats it.
        Assert.Equal(predictions[50], predictions[100]);
    }

    [Fact]
    public void Run_TestRowWithoutKpiId_ClearErrorNamingFileRowAndColumn()
    {
        var (train, _) = IrregularFiles();
        var test = Read(new StringBuilder("timestamp,value,KPI ID\n60,1.0,a\n120,1.0,\n"), "test.csv");

        var error = Assert.Throws<ArgumentException>(() => KpiTraining.Run(train, test, fast: false, _ => { }));

        Assert.Contains("test.csv, row 2, column 'KPI ID'", error.Message, StringComparison.Ordinal);
    }
}
