using Kaggle.Core.Data;
using Kaggle.Core.Features;
using Kaggle.Core.Models.Linear;
using Kaggle.Core.Models.Trees;
using Kaggle.Core.Runner;
using Kaggle.Core.Validation;

namespace Titanic;

/// <summary>
/// Titanic: the chosen features, learners and ensemble, in one place. See README.md for what was tried and why.
/// </summary>
public sealed class TitanicCompetition : Competition
{
    private static readonly string[] s_categorical = ["Sex", "Embarked", "Title", "Deck"];

    public override CsvReadOptions ReadOptions => CsvReadOptions.Default with
    {
        Kinds = new Dictionary<string, ColumnKind>
        {
            ["Name"] = ColumnKind.Text,
            ["Ticket"] = ColumnKind.Text,
            ["Cabin"] = ColumnKind.Text,
            ["Sex"] = ColumnKind.Categorical,
            ["Embarked"] = ColumnKind.Categorical,
        },
    };

    public override Frame Prepare(Frame frame, RunOptions options) => Features.PerPassenger(frame);

    public override (Frame Train, Frame Test) PrepareTogether(Frame train, Frame test, RunOptions options) => Features.Manifest(train, test);

    public override Experiment Build(RunOptions options) => new(
    [
        new ModelSpec("logreg", Linear(), seed => new LogisticRegression { C = 0.5 }),
        new ModelSpec("forest", Trees(), seed => new RandomForestClassifier { Trees = options.Fast ? 100 : 500, MaxDepth = 7, MinSamplesLeaf = 2, Seed = seed }),
    ])
    {
        Ensemble = EnsembleKind.Blend,
    };

    /// <summary>Shared by every model: age imputed by title (fitted in-fold), fares and port imputed, raw text dropped.</summary>
    private static FeaturePipeline Common() => new(
        new GroupMedianImputer("Age", "Title") { AddIndicator = true },
        new SimpleImputer("Fare", "FarePerPerson", "Embarked"),
        new DropColumns("Name", "Ticket", "Cabin", "TicketPrefix"));

    /// <summary>For linear models: log fares, one-hot categories, everything standardised.</summary>
    private static FeaturePipeline Linear() => Common()
        .Then(new Derive("LogFare", row => Math.Log(1 + row.Number("FarePerPerson"))))
        .Then(new Derive("Child", row => row.Number("Age") < 14 ? 1 : 0))
        .Then(new DropColumns("Fare", "FarePerPerson"))
        .Then(new OneHotEncoder(s_categorical) { MinCount = 10 })
        .Then(new StandardScaler());

    /// <summary>For trees: categories as integer codes, numbers as they are.</summary>
    private static FeaturePipeline Trees() => Common()
        .Then(new OrdinalEncoder(s_categorical));
}
