namespace Kaggle.Runner;

/// <summary>
/// The <c>fast</c> section of competition.json: which training rows a <c>--fast</c> run uses, the one rule every
/// competition shares. Every <see cref="Every"/>-th row of the training file (rows 0, k, 2k, …), then at most the
/// first <see cref="Rows"/> of them; without the section a fast run uses every row. The competition's training-row
/// filter applies as well; test rows are always all predicted.
/// </summary>
public sealed record FastConfig
{
    /// <summary>Keep every k-th training row (1: all).</summary>
    public int Every { get; init; } = 1;

    /// <summary>Keep at most this many of them (null: no limit).</summary>
    public int? Rows { get; init; }

    /// <summary>Whether training row <paramref name="row"/> (of the file's rows) is used by a fast run.</summary>
    public bool Keeps(int row) => row % Every == 0 && (Rows is not { } limit || row / Every < limit);
}
