using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Kaggle.Core;

/// <summary>Rare, long-message throws kept out of hot loops so the JIT can inline the callers.</summary>
[StackTraceHidden]
internal static class Throw
{
    [DoesNotReturn]
    public static void RowOutOfRange(int row, int rowCount) =>
        throw new ArgumentOutOfRangeException(nameof(row), $"Row {row} is outside [0, {rowCount}).");

    [DoesNotReturn]
    public static void ColumnOutOfRange(int column, int columnCount) =>
        throw new ArgumentOutOfRangeException(nameof(column), $"Column {column} is outside [0, {columnCount}).");

    [DoesNotReturn]
    public static void Argument(string message, string? paramName = null) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void InvalidOperation(string message) =>
        throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static T InvalidOperation<T>(string message) =>
        throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void Data(string message) => throw new InvalidDataException(message);
}
