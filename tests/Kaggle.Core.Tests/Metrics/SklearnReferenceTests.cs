using System.Text.Json;
using Kaggle.Core.Data;
using Kaggle.Core.Metrics;

namespace Kaggle.Core.Tests.Metrics;

/// <summary>
/// Metrics against scikit-learn on random cases. TestData/metrics_sklearn.json was made once with numpy
/// (seed 7, 40 rows): binary labels with P(1) rounded to one decimal (so AUC has ties), 3-class labels with
/// softmax probabilities, gamma-distributed regression targets with noisy positive predictions; the scores are
/// sklearn's accuracy_score, log_loss, roc_auc_score, f1_score, mean_squared_error (sqrt),
/// mean_squared_log_error (sqrt) and mean_absolute_error, with labels thresholded at P &gt; 0.5.
/// </summary>
public sealed class SklearnReferenceTests
{
    private static readonly JsonElement s_reference = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "metrics_sklearn.json"))).RootElement;

    [Theory]
    [InlineData("binary", "accuracy")]
    [InlineData("binary", "logloss")]
    [InlineData("binary", "auc")]
    [InlineData("binary", "f1")]
    [InlineData("multiclass", "accuracy")]
    [InlineData("multiclass", "logloss")]
    [InlineData("regression", "rmse")]
    [InlineData("regression", "rmsle")]
    [InlineData("regression", "mae")]
    public void Score_RandomCase_MatchesSklearn(string task, string metric)
    {
        var section = s_reference.GetProperty(task);
        var actual = section.GetProperty("actual").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var predicted = Predictions(section.GetProperty("predicted"));

        var score = Metric.FromName(metric).Score(actual, predicted);

        Assert.Equal(section.GetProperty(metric).GetDouble(), score, 12);
    }

    private static Matrix Predictions(JsonElement values) =>
        values[0].ValueKind == JsonValueKind.Array
            ? Matrix.FromRows([.. values.EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetDouble()).ToArray())])
            : Matrix.FromColumn([.. values.EnumerateArray().Select(e => e.GetDouble())]);
}
