using Kaggle.Core.Data;

namespace NlpGettingStarted;

/// <summary>Stateless clean-up of the tweet rows (nothing fitted, nothing read from other rows).</summary>
internal static class Tweets
{
    /// <summary>
    /// The keyword with its URL escapes decoded ("forest%20fire" → "forest fire"), as a category; the text as it is
    /// (the tweet tokenizer and the sentence encoder do their own normalisation); a missing text stays missing and is
    /// read as empty by every step.
    /// </summary>
    public static Frame Prepare(Frame frame)
    {
        if (!frame.Contains("text"))
            throw new InvalidDataException($"The tweets file has no 'text' column; its columns are: {string.Join(", ", frame.Names)}.");
        if (!frame.Contains("keyword")) return frame;
        var source = frame["keyword"];
        var keywords = new string?[frame.RowCount];
        for (var i = 0; i < keywords.Length; i++) keywords[i] = source.Format(i) is { } k ? Uri.UnescapeDataString(k) : null;
        return frame.With(CategoricalColumn.FromStrings("keyword", keywords));
    }
}
