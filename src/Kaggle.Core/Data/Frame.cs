using System.Text;

namespace Kaggle.Core.Data;

/// <summary>
/// An immutable table of equally long, uniquely named, typed columns (a data frame).
/// Operations return new frames that share unchanged columns, so they are cheap.
/// </summary>
public sealed partial class Frame
{
    private readonly Column[] _columns;
    private readonly Dictionary<string, int> _index;

    public Frame(IEnumerable<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = [.. columns];
        _index = new Dictionary<string, int>(_columns.Length, StringComparer.Ordinal);
        RowCount = _columns.Length == 0 ? 0 : _columns[0].Length;
        for (var j = 0; j < _columns.Length; j++)
        {
            var column = _columns[j] ?? throw new ArgumentException($"Column {j} is null.", nameof(columns));
            if (column.Length != RowCount)
                throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows but '{_columns[0].Name}' has {RowCount}.", nameof(columns));
            if (!_index.TryAdd(column.Name, j))
                throw new ArgumentException($"Column name '{column.Name}' appears twice.", nameof(columns));
        }
    }

    public Frame(params Column[] columns) : this((IEnumerable<Column>)columns) { }

    public static Frame Empty { get; } = new();

    public int RowCount { get; }

    public int ColumnCount => _columns.Length;

    public IReadOnlyList<Column> Columns => _columns;

    public IEnumerable<string> Names => _columns.Select(c => c.Name);

    public Column this[string name] => _index.TryGetValue(name, out var j)
        ? _columns[j]
        : throw new KeyNotFoundException($"The frame has no column '{name}'. Columns: {string.Join(", ", Names)}.");

    public Column this[int index] => _columns[index];

    public bool Contains(string name) => _index.ContainsKey(name);

    public NumericColumn Numeric(string name) => As<NumericColumn>(name, ColumnKind.Numeric);

    public CategoricalColumn Categorical(string name) => As<CategoricalColumn>(name, ColumnKind.Categorical);

    public TextColumn Text(string name) => As<TextColumn>(name, ColumnKind.Text);

    public TimestampColumn Timestamp(string name) => As<TimestampColumn>(name, ColumnKind.Timestamp);

    /// <summary>Adds <paramref name="column"/>, or replaces the column of the same name in place.</summary>
    public Frame With(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_columns.Length > 0 && column.Length != RowCount)
            throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows but the frame has {RowCount}.", nameof(column));
        var columns = (Column[])_columns.Clone();
        if (_index.TryGetValue(column.Name, out var j))
        {
            columns[j] = column;
            return new Frame(columns);
        }
        return new Frame([.. columns, column]);
    }

    public Frame With(params Column[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var frame = this;
        foreach (var column in columns) frame = frame.With(column);
        return frame;
    }

    /// <summary>Drops the named columns; a name the frame does not hold is an error (it is usually a typo).</summary>
    public Frame Without(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names) _ = this[name];
        var drop = new HashSet<string>(names, StringComparer.Ordinal);
        return new Frame(_columns.Where(c => !drop.Contains(c.Name)));
    }

    /// <summary>Keeps the named columns, in the given order.</summary>
    public Frame Select(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new Frame(names.Select(n => this[n]));
    }

    /// <summary>Keeps the given rows, in the given order.</summary>
    public Frame Rows(ReadOnlySpan<int> rows)
    {
        foreach (var row in rows)
            if ((uint)row >= (uint)RowCount) Throw.RowOutOfRange(row, RowCount);
        var columns = new Column[_columns.Length];
        for (var j = 0; j < columns.Length; j++) columns[j] = _columns[j].Take(rows);
        return new Frame(columns);
    }

    /// <summary>The first <paramref name="count"/> rows (or all, when fewer).</summary>
    public Frame Head(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rows = Enumerable.Range(0, Math.Min(count, RowCount)).ToArray();
        return Rows(rows);
    }

    /// <summary>
    /// Converts every column to one dense matrix in column order. All columns must be numeric: encode categorical
    /// and text columns first (a feature step), so the choice of encoding stays visible. NaN stays NaN.
    /// </summary>
    public Matrix ToMatrix()
    {
        foreach (var column in _columns)
            if (column.Kind != ColumnKind.Numeric)
                ThrowNotNumeric(column);
        return Matrix.FromColumns(_columns.Select(c => ((NumericColumn)c).ToArray()).ToArray());
    }

    /// <summary>Stacks frames with the same column names and kinds vertically. Categorical levels are merged.</summary>
    public static Frame Concat(Frame top, Frame bottom)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(bottom);
        var columns = new List<Column>(top.ColumnCount);
        foreach (var upper in top.Columns)
        {
            if (!bottom.Contains(upper.Name))
                throw new ArgumentException($"Column '{upper.Name}' is in the first frame but not the second.", nameof(bottom));
            var lower = bottom[upper.Name];
            if (lower.Kind != upper.Kind)
                throw new ArgumentException($"Column '{upper.Name}' is {upper.Kind} in the first frame but {lower.Kind} in the second.", nameof(bottom));
            columns.Add(ConcatColumns(upper, lower));
        }
        if (bottom.ColumnCount != top.ColumnCount)
            throw new ArgumentException($"The second frame has columns the first lacks: {string.Join(", ", bottom.Names.Except(top.Names))}.", nameof(bottom));
        return new Frame(columns);
    }

    /// <summary>A short text table of the first rows, for logs and the REPL.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append("Frame ").Append(RowCount).Append(" rows x ").Append(ColumnCount).Append(" columns").AppendLine();
        builder.AppendJoin(" | ", _columns.Select(c => $"{c.Name}:{c.Kind}")).AppendLine();
        for (var i = 0; i < Math.Min(5, RowCount); i++)
            builder.AppendJoin(" | ", _columns.Select(c => c.Format(i) ?? "NA")).AppendLine();
        return builder.ToString();
    }

    private T As<T>(string name, ColumnKind kind) where T : Column
    {
        var column = this[name];
        return column as T ?? throw new InvalidOperationException($"Column '{name}' is {column.Kind}, not {kind}.");
    }

    private static Column ConcatColumns(Column upper, Column lower)
    {
        var n = upper.Length + lower.Length;
        switch (upper)
        {
            case NumericColumn a:
                var b = (NumericColumn)lower;
                var values = new double[n];
                a.Values.CopyTo(values);
                b.Values.CopyTo(values.AsSpan(a.Length));
                return new NumericColumn(a.Name, values);
            case SparseBlockColumn sa:
                return sa.Concat((SparseBlockColumn)lower);
            case TimestampColumn ta:
                var tb = (TimestampColumn)lower;
                var ticks = new long[n];
                ta.Ticks.CopyTo(ticks);
                tb.Ticks.CopyTo(ticks.AsSpan(ta.Length));
                return new TimestampColumn(ta.Name, ticks);
            default:
                var strings = new string?[n];
                for (var i = 0; i < upper.Length; i++) strings[i] = upper.Format(i);
                for (var i = 0; i < lower.Length; i++) strings[upper.Length + i] = lower.Format(i);
                return upper.Kind == ColumnKind.Categorical
                    ? CategoricalColumn.FromStrings(upper.Name, strings)
                    : new TextColumn(upper.Name, strings);
        }
    }
}
