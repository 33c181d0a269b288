using Kaggle.Core.Data;
using Kaggle.Core.Validation;
using Kaggle.Tuning;

namespace Kaggle.Runner;

/// <summary>
/// A competition as a spec: how its files are read, the stateless preparation of its frames, which training rows it
/// uses, and the experiment (models, ensemble, post-processing). Everything else — downloading, reading and checking
/// the files, the fast-run rows, cross-validation, the submission and the run record — is the runner's, so a new
/// competition is a competition.json and this class. None of the hooks sees paths, mirrors or upload options.
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
    /// where it is fitted inside each fold. Neither the key columns nor the target are in the frame.
    /// </summary>
    public virtual Frame Prepare(Frame frame) => frame;

    /// <summary>
    /// Features computed over the training and test frames together from features only (never the target), such as
    /// the size of a ticket group in the ship's manifest. Returns both frames. The default changes nothing.
    /// </summary>
    public virtual (Frame Train, Frame Test) PrepareTogether(Frame train, Frame test) => (train, test);

    /// <summary>
    /// The training rows the competition uses (e.g. without documented outliers, which are then neither fitted nor
    /// scored), decided on the prepared training frame and the target; <see langword="null"/> (default) keeps every
    /// row. A per-model filter that still scores the rows is <see cref="ModelSpec.TrainingRows"/>. Test rows are never
    /// filtered, and which rows a fast run uses is competition.json's <c>fast</c> section, not this filter.
    /// </summary>
    public virtual TrainingRowFilter? TrainingRows => null;

    /// <summary>The models to cross-validate, how to combine them and how to post-process the result.</summary>
    public abstract Experiment Build(BuildContext context);

    /// <summary>The models the tune verb can search, each with its search space (default none).</summary>
    public virtual IReadOnlyList<TunableModel> Tunables(BuildContext context) => [];
}
