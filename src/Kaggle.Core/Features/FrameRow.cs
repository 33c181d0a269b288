using Kaggle.Core.Data;

namespace Kaggle.Core.Features;

/// <summary>One row of a frame, for row-wise <see cref="Derive"/> functions: <c>row =&gt; row.Number("SibSp") + row.Number("Parch") + 1</c>.</summary>
public readonly struct FrameRow
{
    internal FrameRow(Frame frame, int index)
    {
        Frame = frame;
        Index = index;
    }

    public Frame Frame { get; }

    public int Index { get; }

    /// <summary>The value of a numeric column (NaN when missing).</summary>
    public double Number(string column) => Frame.Numeric(column)[Index];

    /// <summary>The value of any column as text (a categorical level, the text, a number in invariant form); null when missing.</summary>
    public string? Text(string column) => Frame[column].Format(Index);

    public bool IsMissing(string column) => Frame[column].IsMissing(Index);
}
