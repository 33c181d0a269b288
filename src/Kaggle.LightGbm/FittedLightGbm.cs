using System.Globalization;
using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.LightGbm.Native;

namespace Kaggle.LightGbm;

/// <summary>
/// A trained booster and what the models need to know about it; shared by <see cref="LightGbmRegressionModel"/> and
/// <see cref="LightGbmClassificationModel"/>. Predictions use rounds 0..<see cref="BestIteration"/> only.
/// </summary>
internal sealed class FittedLightGbm : IDisposable
{
    private const int FormatVersion = 1;

    private readonly Booster _booster;
    private readonly double[] _validationScores;
    private readonly string _predictParameters;

    public FittedLightGbm(Booster booster, Info info, int bestIteration, double bestScore, double[] validationScores)
    {
        _booster = booster;
        Facts = info;
        BestIteration = bestIteration;
        BestScore = bestScore;
        _validationScores = validationScores;
        _predictParameters = string.Create(CultureInfo.InvariantCulture, $"num_threads={info.Threads} verbosity=-1");
    }

    /// <summary>
    /// Features, classes (1 for regression), objective, the threads LightGBM predicts with, and whether predictions are
    /// raw scores (a custom objective: LightGBM knows no output transform for it).
    /// </summary>
    internal sealed record Info(int FeatureCount, int ClassCount, string Objective, int Threads, bool RawScores);

    public Info Facts { get; }

    public int BestIteration { get; }

    public double BestScore { get; }

    public ReadOnlySpan<double> ValidationScores => _validationScores;

    public int BoostedRounds => Live.Iterations;

    /// <summary>Values per row: K for a multiclass model, else 1.</summary>
    public int Width => Facts.ClassCount > 2 ? Facts.ClassCount : 1;

    /// <summary>Predictions for <paramref name="x"/> (read in place), row-major, <see cref="Width"/> values per row.</summary>
    public double[] Predict(Matrix x)
    {
        Guard.PredictionSet(x, Facts.FeatureCount);
        var booster = Live;
        if (x.RowCount == 0)
            return [];
        return booster.Predict(x, Width, Facts.RawScores, BestIteration + 1, _predictParameters);
    }

    /// <summary>Per-feature split counts or total gains of the rounds used for prediction.</summary>
    public double[] FeatureScores(LightGbmImportanceType type) => type switch
    {
        LightGbmImportanceType.Split => Live.FeatureImportance(BestIteration + 1, gain: false),
        LightGbmImportanceType.Gain => Live.FeatureImportance(BestIteration + 1, gain: true),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown importance type."),
    };

    /// <summary>Total gains scaled to sum to 1 (all 0 when no tree splits).</summary>
    public double[] FeatureImportances()
    {
        var gains = FeatureScores(LightGbmImportanceType.Gain);
        var total = gains.Sum();
        if (total > 0)
            for (var j = 0; j < gains.Length; j++) gains[j] /= total;
        return gains;
    }

    /// <summary>One line per round with a validation metric, for the run record.</summary>
    public IReadOnlyList<string> TrainingLog()
    {
        var lines = new string[_validationScores.Length];
        for (var i = 0; i < lines.Length; i++)
            lines[i] = string.Create(CultureInfo.InvariantCulture, $"round {i + 1}: validation {_validationScores[i]:R}");
        return lines;
    }

    /// <summary>Writes the <see cref="ModelFormat"/> header, our facts, then LightGBM's model text (all trained rounds).</summary>
    public void Save(Stream stream, string tag)
    {
        var model = Live.SaveModel(0);
        using var writer = ModelFormat.Writer(stream, tag, FormatVersion);
        writer.Write(Facts.FeatureCount);
        writer.Write(Facts.ClassCount);
        writer.Write(Facts.Objective);
        writer.Write(Facts.Threads);
        writer.Write(Facts.RawScores);
        writer.Write(BestIteration);
        writer.Write(BestScore);
        writer.WriteArray(_validationScores);
        writer.Write(model);
    }

    public static FittedLightGbm Load(Stream stream, string tag)
    {
        LightGbmLibrary.EnsureLoaded();
        using var reader = ModelFormat.Reader(stream, tag, FormatVersion, out _);
        Info info;
        int bestIteration;
        double bestScore;
        double[] scores;
        string model;
        try
        {
            info = new Info(reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadInt32(), reader.ReadBoolean());
            bestIteration = reader.ReadInt32();
            bestScore = reader.ReadDouble();
            scores = reader.ReadDoubleArray();
            model = reader.ReadString();
            if (info.FeatureCount < 1 || info.ClassCount < 1 || info.Threads < 0 || bestIteration < 0)
                throw new InvalidDataException($"The {tag} header is corrupt ({info}, best iteration {bestIteration}).");
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The stream ended inside the {tag}.", e);
        }

        Booster booster;
        try
        {
            booster = Booster.Load(model);
        }
        catch (LightGbmException e)
        {
            throw new InvalidDataException($"LightGBM could not read the {tag}'s model: {e.Message}", e);
        }
        try
        {
            if (booster.FeatureCount != info.FeatureCount || booster.Iterations <= bestIteration)
                throw new InvalidDataException(
                    $"The {tag}'s LightGBM model has {booster.FeatureCount} features and {booster.Iterations} rounds, but its header says {info.FeatureCount} and at least {bestIteration + 1}.");
            return new FittedLightGbm(booster, info, bestIteration, bestScore, scores);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    public void Dispose() => _booster.Dispose();

    private Booster Live
    {
        get
        {
            if (_booster.IsDisposed)
                throw new ObjectDisposedException("LightGBM model", "The LightGBM model has been disposed; its native booster is freed.");
            return _booster;
        }
    }
}
