using Kaggle.Core.Data;

namespace Kaggle.Core.Features.Text;

/// <summary>Reads a frame's text (or categorical) column for a vectorizer, with messages that name the step.</summary>
internal static class TextColumnReader
{
    public static string?[] Texts(Frame frame, string column, string step)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (!frame.Contains(column))
            throw new InvalidOperationException($"{step} reads column '{column}', which the frame lacks. Columns: {string.Join(", ", frame.Names)}.");
        var source = frame[column];
        if (source.Kind is not (ColumnKind.Text or ColumnKind.Categorical))
            throw new InvalidOperationException($"{step} reads column '{column}' as text but it is {source.Kind}.");
        var texts = new string?[frame.RowCount];
        for (var i = 0; i < texts.Length; i++) texts[i] = source.Format(i);
        return texts;
    }
}
