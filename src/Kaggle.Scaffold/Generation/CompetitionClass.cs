using System.Text;
using Kaggle.Runner;
using Kaggle.Scaffold.Inference;

namespace Kaggle.Scaffold.Generation;

/// <summary>
/// The C# of a plan's <c>&lt;Name&gt;Competition</c>: a baseline of our GBDT and a linear model on the same folds,
/// blended (<c>new Blend()</c>), each with the usual leak-free steps fitted inside each fold: text and timestamps
/// dropped; for the GBDT categories as integer codes and missing values left to the trees; for the linear model
/// imputation, one-hot encoding of few-level categories, target encoding of many-level ones, and standardisation.
/// A column list that would be empty is left out with its step (an encoder given no columns takes every category).
/// </summary>
public static class CompetitionClass
{
    public static string Write(CompetitionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var classification = plan.Task != TaskKind.Regression;
        var features = plan.Features;
        // The target encoder takes regression or 0/1 targets; a multiclass target groups rare levels in one-hot instead.
        var (oneHot, targetEncoded) = plan.Task == TaskKind.Multiclass
            ? ([.. features.FewLevels, .. features.ManyLevels], [])
            : (features.FewLevels, features.ManyLevels);
        var categorical = features.Categorical;
        var (gbdt, linear) = classification
            ? ("HistGradientBoostingClassifier", "LogisticRegression { C = 1 }")
            : ("HistGradientBoostingRegressor", "RidgeRegression { Alpha = 1 }");
        string Wrap(string learner) => plan.LogTarget ? $"Log({learner})" : learner;

        var fields = new StringBuilder();
        Field(fields, "s_dropped", "Free text, near-unique strings and timestamps: the baseline drops them.", features.Dropped);
        Field(fields, "s_categorical", "Categories, as integer codes for the GBDT.", categorical);
        Field(fields, "s_oneHot", "Categories one-hot encoded for the linear model (levels seen fewer than 10 times grouped as \"other\").", oneHot);
        Field(fields, "s_targetEncoded", "Categories with many levels, target-encoded (out of fold) for the linear model.", targetEncoded);
        var trees = Steps(
            (features.Dropped.Count > 0, "new DropColumns(s_dropped)"),
            (categorical.Count > 0, "new OrdinalEncoder(s_categorical)"));
        var linearSteps = Steps(
            (features.Dropped.Count > 0, "new DropColumns(s_dropped)"),
            (true, "new SimpleImputer()"),
            (oneHot.Count > 0, "new OneHotEncoder(s_oneHot) { MinCount = 10 }"),
            (targetEncoded.Count > 0, "new TargetEncoder(s_targetEncoded)"),
            (true, "new StandardScaler()"));
        string[] namespaces = ["Kaggle.Core.Ensembles", "Kaggle.Core.Features", "Kaggle.Core.Models.Linear", "Kaggle.Core.Models.Trees", "Kaggle.Core.Validation", "Kaggle.Runner",
            .. plan.LogTarget ? (string[])["Kaggle.Core.Models", "Kaggle.Core.Models.Targets"] : []];
        var usings = string.Concat(namespaces.Order(StringComparer.Ordinal).Select(n => $"using {n};\n"));
        var logDoc = plan.LogTarget ? " Both fit log(target) and predict the\n/// target, since rmsle judges ratios." : "";
        var logHelper = plan.LogTarget
            ? """


                  /// <summary>Fits on log(target) and predicts the target.</summary>
                  private static ILearner<IModel> Log<TModel>(ILearner<TModel> inner) where TModel : IRegressionModel =>
                      new TargetTransformRegressor<TModel> { Inner = inner, Transform = TargetTransform.Log };
              """
            : "";
        return $$"""
            {{usings}}
            namespace {{plan.Name}};

            /// <summary>
            /// {{plan.Slug}} ({{plan.Task.ToString().ToLowerInvariant()}}, {{plan.Metric}}): the baseline written by <c>dotnet cake --target=New</c>.
            /// Our GBDT and a {{(classification ? "logistic" : "ridge")}} regression on the same folds, blended with weights fitted on their
            /// out-of-fold predictions; every fitted step is fitted inside each fold on its training rows only.{{logDoc}}
            /// </summary>
            public sealed class {{plan.Name}}Competition : Competition
            {
            {{fields}}    public override Experiment Build(BuildContext context)
                {
                    ArgumentNullException.ThrowIfNull(context);
                    var rounds = context.Fast ? 100 : 500;
                    return new Experiment(
                    [
                        new ModelSpec("gbdt", Trees(), seed => {{Wrap($"new {gbdt} {{ Rounds = rounds, LearningRate = 0.05, MaxLeaves = 15, RowSubsample = 0.8, ColumnSubsample = 0.8, Seed = seed }}")}}),
                        new ModelSpec("linear", Linear(), _ => {{Wrap($"new {linear}")}}),
                    ])
                    {
                        Ensemble = new Blend(),
                    };
                }

                /// <summary>For the GBDT: categories as integer codes, missing values left to the trees.</summary>
                private static FeaturePipeline Trees() => new({{trees}});

                /// <summary>For the linear model: missing values imputed (median, most frequent level), categories encoded, all standardised.</summary>
                private static FeaturePipeline Linear() => new({{linearSteps}});{{logHelper}}
            }

            """;
    }

    private static void Field(StringBuilder fields, string name, string doc, IReadOnlyList<string> columns)
    {
        if (columns.Count == 0) return;
        fields.Append($"    /// <summary>{doc}</summary>\n");
        fields.Append($"    private static readonly string[] {name} =\n    [\n");
        // About 100 characters a line, so a wide file stays readable.
        var line = new StringBuilder();
        foreach (var literal in columns.Select(Literal))
        {
            if (line.Length > 0 && line.Length + literal.Length > 100)
            {
                fields.Append("        ").Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear();
            }
            line.Append(literal).Append(", ");
        }
        fields.Append("        ").Append(line.ToString().TrimEnd()).Append("\n    ];\n\n");
    }

    /// <summary>The constructor arguments of a pipeline: the included steps, one per line.</summary>
    private static string Steps(params (bool Include, string Step)[] steps) =>
        string.Concat(steps.Where(s => s.Include).Select((s, i) => (i == 0 ? "" : ",") + "\n        " + s.Step));

    /// <summary>A column name as a C# string literal.</summary>
    private static string Literal(string name)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in name)
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return escaped.Append('"').ToString();
    }
}
