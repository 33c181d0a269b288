using Kaggle.Core.Data;
using Kaggle.Core.Models;
using Kaggle.XGBoost.Native;

namespace Kaggle.XGBoost;

/// <summary>
/// A trained booster and what the models need to know about it; shared by <see cref="XGBoostModel"/> and
/// <see cref="XGBoostClassificationModel"/>. Predictions use rounds 0..<see cref="BestIteration"/> only.
/// </summary>
internal sealed class FittedBooster : IDisposable
{
    private const int FormatVersion = 1;

    private readonly Booster _booster;
    private readonly double[] _validationScores;

    public FittedBooster(Booster booster, Info info, int bestIteration, double bestScore, double[] validationScores)
    {
        _booster = booster;
        Facts = info;
        BestIteration = bestIteration;
        BestScore = bestScore;
        _validationScores = validationScores;
    }

    /// <summary>Features, classes (1 for regression), objective, and the threads XGBoost uses to predict.</summary>
    internal sealed record Info(int FeatureCount, int ClassCount, string Objective, int Threads);

    public Info Facts { get; }

    public int BestIteration { get; }

    public double BestScore { get; }

    public ReadOnlySpan<double> ValidationScores => _validationScores;

    public int BoostedRounds => Live.BoostedRounds;

    /// <summary>Predictions for <paramref name="x"/>, row-major, <paramref name="width"/> values per row.</summary>
    public float[] Predict(Matrix x, out int width)
    {
        Guard.PredictionSet(x, Facts.FeatureCount);
        var booster = Live;
        if (x.RowCount == 0)
        {
            width = Facts.ClassCount > 2 ? Facts.ClassCount : 1;
            return [];
        }
        using var data = DMatrix.FromMatrix(x, Facts.Threads);
        var values = booster.Predict(data, BestIteration + 1, out width);
        if (values.Length != x.RowCount * width)
            Throw.XGBoost($"XGBoost returned {values.Length} predictions for {x.RowCount} rows.");
        return values;
    }

    /// <summary>Predictions for a DMatrix built by the caller, row-major, <paramref name="width"/> values per row.</summary>
    public float[] Predict(DMatrix data, out int width)
    {
        if (data.ColumnCount != Facts.FeatureCount)
            Throw.Argument($"The data has {data.ColumnCount} columns but the model was fitted on {Facts.FeatureCount}.", nameof(data));
        return Live.Predict(data, BestIteration + 1, out width);
    }

    /// <summary>Raw per-feature scores of the rounds used for prediction (the rounds after the best one are left out).</summary>
    public double[] FeatureScores(XGBoostImportanceType type)
    {
        var name = type switch
        {
            XGBoostImportanceType.Weight => "weight",
            XGBoostImportanceType.Gain => "gain",
            XGBoostImportanceType.Cover => "cover",
            XGBoostImportanceType.TotalGain => "total_gain",
            XGBoostImportanceType.TotalCover => "total_cover",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown importance type."),
        };
        var booster = Live;
        if (booster.BoostedRounds <= BestIteration + 1)
            return booster.FeatureScores(name, Facts.FeatureCount);
        using var used = booster.Slice(BestIteration + 1);
        return used.FeatureScores(name, Facts.FeatureCount);
    }

    /// <summary>Gain importances scaled to sum to 1 (all 0 when no tree splits), as XGBoost's scikit-learn wrapper reports them.</summary>
    public double[] FeatureImportances()
    {
        var gains = FeatureScores(XGBoostImportanceType.Gain);
        var total = gains.Sum();
        if (total > 0)
            for (var j = 0; j < gains.Length; j++) gains[j] /= total;
        return gains;
    }

    /// <summary>Writes the <see cref="ModelFormat"/> header, our facts, then XGBoost's own model as UBJSON.</summary>
    public void Save(Stream stream, string tag)
    {
        var model = Live.SaveModel("ubj");
        using var writer = ModelFormat.Writer(stream, tag, FormatVersion);
        writer.Write(Facts.FeatureCount);
        writer.Write(Facts.ClassCount);
        writer.Write(Facts.Objective);
        writer.Write(Facts.Threads);
        writer.Write(BestIteration);
        writer.Write(BestScore);
        writer.WriteArray(_validationScores);
        writer.Write(model.Length);
        writer.Write(model);
    }

    public static FittedBooster Load(Stream stream, string tag)
    {
        XGBoostLibrary.EnsureLoaded();
        using var reader = ModelFormat.Reader(stream, tag, FormatVersion, out _);
        Info info;
        int bestIteration;
        double bestScore;
        double[] scores;
        byte[] model;
        try
        {
            info = new Info(reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadInt32());
            bestIteration = reader.ReadInt32();
            bestScore = reader.ReadDouble();
            scores = reader.ReadDoubleArray();
            var length = reader.ReadInt32();
            if (info.FeatureCount < 1 || info.ClassCount < 1 || info.Threads < 0 || bestIteration < 0 || length < 0)
                throw new InvalidDataException($"The {tag} header is corrupt ({info}, best iteration {bestIteration}, model of {length} bytes).");
            model = reader.ReadBytes(length);
            if (model.Length != length)
                throw new InvalidDataException($"The stream ended inside the {tag}'s XGBoost model ({model.Length} of {length} bytes).");
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
        catch (XGBoostException e)
        {
            throw new InvalidDataException($"XGBoost could not read the {tag}'s model: {e.Message}", e);
        }
        try
        {
            if (booster.FeatureCount != info.FeatureCount || booster.BoostedRounds <= bestIteration)
                throw new InvalidDataException(
                    $"The {tag}'s XGBoost model has {booster.FeatureCount} features and {booster.BoostedRounds} rounds, but its header says {info.FeatureCount} and at least {bestIteration + 1}.");
            booster.SetParam("nthread", info.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new FittedBooster(booster, info, bestIteration, bestScore, scores);
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
                throw new ObjectDisposedException("XGBoost model", "The XGBoost model has been disposed; its native booster is freed.");
            return _booster;
        }
    }
}
