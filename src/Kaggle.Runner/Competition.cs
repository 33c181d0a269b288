using Kaggle.Core.Data;

namespace Kaggle.Runner;

/// <summary>
/// What a competition project provides: its features and models. Everything else — downloading, reading the files,
/// cross-validation, ensembling, the submission and the run record — is the runner's, so a new competition is a
/// config file and this class.
/// </summary>
public abstract class Competition
{
    /// <summary>The competition.json to read (by default the one copied next to the program).</summary>
    public virtual string ConfigPath => Path.Combine(AppContext.BaseDirectory, "competition.json");

    /// <summary>How the competition's CSV files are read (column kinds, missing-value tokens).</summary>
    public virtual CsvReadOptions ReadOptions => CsvReadOptions.Default;

    /// <summary>
    /// Stateless feature engineering applied to the training and the test frame separately (derived columns that need
    /// no fitting: titles from names, family sizes, …). Anything fitted belongs in a model's feature steps instead,
    /// where it is fitted inside each fold. The id column is still present here; the target is not.
    /// </summary>
    public virtual Frame Prepare(Frame frame, RunOptions options) => frame;

    /// <summary>
    /// A hook for features computed over the training and test frames together from features only (never the target),
    /// such as the size of a ticket group in the ship's manifest. Returns both frames. The default changes nothing.
    /// </summary>
    public virtual (Frame Train, Frame Test) PrepareTogether(Frame train, Frame test, RunOptions options) => (train, test);

    /// <summary>Training rows to use (all by default); a fast run may return a subset.</summary>
    public virtual int[]? TrainingRows(int rowCount, RunOptions options) => null;

    /// <summary>
    /// Training rows to use, chosen from the prepared training frame and its target (e.g. without documented
    /// outliers, which are then neither fitted nor scored). Test rows are never filtered. The default defers to
    /// <see cref="TrainingRows(int, RunOptions)"/>.
    /// </summary>
    public virtual int[]? TrainingRows(Frame train, IReadOnlyList<double> target, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(train);
        return TrainingRows(train.RowCount, options);
    }

    /// <summary>The models to cross-validate and how to combine them.</summary>
    public abstract Experiment Build(RunOptions options);
}
