using System.Diagnostics;
using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Metrics;
using Kaggle.Core.Models;

namespace Kaggle.Core.Validation;

/// <summary>
/// The leak-free cross-validation harness. For every repeat (one per seed) and fold it fits the model's feature
/// steps on the fold's training rows only, transforms the validation and test rows with them, fits the learner,
/// and collects out-of-fold and test predictions (the fold models' average, or with <see cref="ModelSpec.Refit"/> one fit
/// per seed on all training rows). Folds and learners are seeded from the repeat's seed, so a run
/// is reproducible to the bit.
/// </summary>
public sealed partial record CrossValidation(IFoldSplitter Splitter, IMetric Metric)
{
    /// <summary>One repeat per seed; each re-splits the rows and re-seeds the learner.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [42];

    public CrossValidationResult Run(
        ModelSpec model,
        Frame train,
        ReadOnlySpan<double> y,
        Frame? test = null,
        ReadOnlySpan<int> groups = default,
        ICrossValidationObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        if (y.Length != train.RowCount)
            throw new ArgumentException($"The training frame has {train.RowCount} rows but y has {y.Length} values.", nameof(y));
        if (Seeds.Count == 0)
            throw new InvalidOperationException("CrossValidation.Seeds is empty; give at least one seed.");

        var refit = model.Refit && test is not null;
        if (refit) CheckRefit(model, Seeds[0]);
        var target = y.ToArray();
        var keep = TrainingMask(model, train, target);
        Matrix? outOfFoldSum = null;
        var validatedCount = new int[train.RowCount];
        Matrix? testSum = null;
        var testCount = 0;
        var folds = new List<FoldResult>();
        var assignments = new List<int[]>();
        var byRepeat = new List<Matrix>();
        var totalSteps = Seeds.Count * (Splitter.FoldCount + (refit ? 1 : 0));
        var refitSeconds = 0.0;
        var step = 0;

        for (var repeat = 0; repeat < Seeds.Count; repeat++)
        {
            var seed = Seeds[repeat];
            var splits = Splitter.WithSeed(seed).Split(train.RowCount, y, groups);
            var assignment = new int[train.RowCount];
            Array.Fill(assignment, -1);
            Matrix? repeatOutOfFold = null;
            var rounds = new List<int>();
            foreach (var split in splits)
            {
                observer?.FoldStarted(model.Name, ++step, totalSteps);
                var fold = keep is null ? split : split with { Train = Array.FindAll(split.Train, r => keep[r]) };
                var clock = Stopwatch.StartNew();
                var unseenInFold = FitFold(model, seed, train, target, test, !refit, fold, out var validationPrediction, out var testPrediction, out var fitted, out var names);
                clock.Stop();

                outOfFoldSum ??= new Matrix(train.RowCount, validationPrediction.ColumnCount);
                CheckOutputs(model, outOfFoldSum, validationPrediction);
                if (repeatOutOfFold is null)
                {
                    repeatOutOfFold = new Matrix(train.RowCount, validationPrediction.ColumnCount);
                    repeatOutOfFold.Values.Fill(double.NaN);
                }
                var yValidation = new double[fold.Validation.Length];
                for (var k = 0; k < fold.Validation.Length; k++)
                {
                    var row = fold.Validation[k];
                    yValidation[k] = target[row];
                    assignment[row] = fold.Index;
                    validatedCount[row]++;
                    var source = validationPrediction.Row(k);
                    var sum = outOfFoldSum.Row(row);
                    for (var c = 0; c < sum.Length; c++) sum[c] += source[c];
                    source.CopyTo(repeatOutOfFold.Row(row));
                }
                if (testPrediction is not null)
                {
                    testSum ??= new Matrix(testPrediction.RowCount, testPrediction.ColumnCount);
                    CheckOutputs(model, testSum, testPrediction);
                    for (var k = 0; k < testSum.Values.Length; k++) testSum.Values[k] += testPrediction.Values[k];
                    testCount++;
                }
                if (fitted is IRoundCount counted) rounds.Add(counted.Rounds);
                var result = new FoldResult(repeat, seed, fold.Index, Metric.Score(yValidation, validationPrediction),
                    fold.Train.Length, fold.Validation.Length, clock.Elapsed.TotalSeconds);
                folds.Add(result);
                observer?.FoldFinished(model.Name, result);
                observer?.FoldReported(model.Name, new FoldReport(repeat, seed, fold.Index,
                    unseenInFold ?? new Dictionary<string, int>(), fitted is ITrainingLog log ? log.TrainingLog : []) { FeatureNames = names, Model = fitted });
                (fitted as IDisposable)?.Dispose(); // the fold's predictions and log are taken: free native handles (XGBoost) now
            }
            if (refit)
            {
                observer?.FoldStarted(model.Name, ++step, totalSteps);
                var clock = Stopwatch.StartNew();
                var testPrediction = RefitPredict(model, seed, train, target, test!, keep, model.EarlyStopping ? MeanRounds(model, rounds) : null, out var fitted);
                clock.Stop();
                refitSeconds += clock.Elapsed.TotalSeconds;
                testSum ??= new Matrix(testPrediction.RowCount, testPrediction.ColumnCount);
                CheckOutputs(model, testSum, testPrediction);
                for (var k = 0; k < testSum.Values.Length; k++) testSum.Values[k] += testPrediction.Values[k];
                testCount++;
                observer?.RefitFinished(model.Name, seed, clock.Elapsed.TotalSeconds);
                observer?.FoldReported(model.Name, new FoldReport(repeat, seed, -1, new Dictionary<string, int>(),
                    fitted is ITrainingLog log ? log.TrainingLog : []) { Refit = true });
                (fitted as IDisposable)?.Dispose();
            }
            assignments.Add(assignment);
            byRepeat.Add(repeatOutOfFold!);
        }

        var outOfFold = outOfFoldSum!;
        for (var i = 0; i < train.RowCount; i++)
        {
            var row = outOfFold.Row(i);
            for (var c = 0; c < row.Length; c++)
                row[c] = validatedCount[i] == 0 ? double.NaN : row[c] / validatedCount[i];
        }
        if (testSum is not null)
            for (var k = 0; k < testSum.Values.Length; k++) testSum.Values[k] /= testCount;

        return new CrossValidationResult
        {
            Model = model.Name,
            Metric = Metric.Name,
            HigherIsBetter = Metric.HigherIsBetter,
            OutOfFold = outOfFold,
            OutOfFoldByRepeat = byRepeat,
            Test = testSum,
            Refit = refit,
            RefitSeconds = refitSeconds,
            Folds = folds,
            Assignments = assignments,
            OutOfFoldScore = ScoreValidated(Metric, target, outOfFold),
            Parameters = model.Describe(Seeds[0]),
        };
    }

    /// <summary>The metric over the rows whose prediction is not NaN (rows a time-series split never validated are skipped).</summary>
    public static double ScoreValidated(IMetric metric, ReadOnlySpan<double> y, Matrix predictions)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(predictions);
        var rows = new List<int>(predictions.RowCount);
        for (var i = 0; i < predictions.RowCount; i++)
            if (!double.IsNaN(predictions[i, 0])) rows.Add(i);
        if (rows.Count == predictions.RowCount)
            return metric.Score(y, predictions);
        var subset = rows.ToArray();
        var ySubset = new double[subset.Length];
        for (var k = 0; k < subset.Length; k++) ySubset[k] = y[subset[k]];
        return metric.Score(ySubset, predictions.Rows(subset));
    }

    /// <summary>Fits one fold; returns, per encoded column, the test rows whose level the fold's training rows never had.</summary>
    private static IReadOnlyDictionary<string, int>? FitFold(ModelSpec model, int seed, Frame train, double[] target, Frame? test, bool predictTest, Fold fold,
        out Matrix validationPrediction, out Matrix? testPrediction, out IModel fitted, out IReadOnlyList<string> featureNames)
    {
        var yTrain = new double[fold.Train.Length];
        for (var k = 0; k < yTrain.Length; k++) yTrain[k] = target[fold.Train[k]];
        var features = model.Features.FitTransform(train.Rows(fold.Train), yTrain);
        var x = LearnerInput.Features(model, features.Train, FoldRows.Training, fold.Train);
        featureNames = LearnerInput.FeatureNames(features.Train);
        var validation = LearnerInput.Features(model, features.Step.Transform(train.Rows(fold.Validation)), FoldRows.Validation, fold.Validation);
        fitted = FitLearner(model, model.Learner(seed), x, yTrain, validation, target, fold);
        validationPrediction = LearnerInput.Predict(model, fitted, validation);
        testPrediction = test is null || !predictTest ? null : LearnerInput.Predict(model, fitted, LearnerInput.Features(model, features.Step.Transform(test), FoldRows.Test, null));
        return test is not null && features.Step is IUnseenLevelCounter counter ? counter.CountUnseenLevels(test) : null;
    }

    /// <summary>Fits the fold's learner; with <see cref="ModelSpec.EarlyStopping"/> it also watches the fold's validation rows.</summary>
    private static IModel FitLearner(ModelSpec model, ILearner<IModel> learner, FeatureMatrix x, double[] y, FeatureMatrix validation, double[] target, Fold fold)
    {
        if (!model.EarlyStopping) return LearnerInput.Fit(model, learner, x, y);
        if (learner is not IEarlyStoppingLearner<IModel> stopping)
            throw new InvalidOperationException(
                $"Model '{model.Name}' sets EarlyStopping, but its learner {learner.GetType().Name} cannot stop early " +
                "(it does not implement IEarlyStoppingLearner); remove EarlyStopping or use a boosting learner.");
        if (x.Dense is null || validation.Dense is null)
            throw new InvalidOperationException(
                $"Model '{model.Name}' sets EarlyStopping, which takes dense features, but its feature pipeline makes a sparse matrix.");
        var yValidation = Array.ConvertAll(fold.Validation, r => target[r]);
        return stopping.Fit(x.Dense, y, new EvaluationSet(validation.Dense, yValidation));
    }

    private static bool[]? TrainingMask(ModelSpec model, Frame train, double[] target)
    {
        if (model.TrainingRows is null) return null;
        var keep = model.TrainingRows.Keep(train, target);
        if (keep is null || keep.Length != train.RowCount)
            throw new InvalidOperationException(
                $"Model '{model.Name}': the training-row filter '{model.TrainingRows.Description}' returned {keep?.Length ?? 0} flags for {train.RowCount} rows.");
        if (!keep.Contains(true))
            throw new InvalidOperationException($"Model '{model.Name}': the training-row filter '{model.TrainingRows.Description}' keeps no row.");
        return keep;
    }

    private static void CheckOutputs(ModelSpec model, Matrix expected, Matrix actual)
    {
        if (actual.ColumnCount != expected.ColumnCount)
            throw new InvalidOperationException(
                $"Model '{model.Name}' predicted {actual.ColumnCount} outputs in one fold and {expected.ColumnCount} in another; " +
                "a fold probably lacks a class (use stratified folds).");
    }
}
