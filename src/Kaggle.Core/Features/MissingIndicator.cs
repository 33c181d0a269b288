using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>Builds the 0/1 <c>&lt;name&gt;_missing</c> column that imputers add on request.</summary>
internal static class MissingIndicator
{
    public const string Suffix = "_missing";

    public static NumericColumn Of(Column column)
    {
        var values = new double[column.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = column.IsMissing(i) ? 1 : 0;
        return new NumericColumn(column.Name + Suffix, values);
    }
}
