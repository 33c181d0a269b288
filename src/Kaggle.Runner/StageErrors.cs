using System.Reflection;
using Kaggle.Core.Data;
using Kaggle.Core.IO;
using Kaggle.Runner.Submission;

namespace Kaggle.Runner;

/// <summary>
/// The error boundary's dictionary: which exceptions are a user's situation (bad data, a bad option, a missing, misplaced or
/// unwritable file, a full disk) and the one paragraph each becomes: what happened, where, and what to do. Anything else is
/// a bug, reported as such. The stack trace is for <c>--verbose</c> only.
/// </summary>
internal static class StageErrors
{
    /// <summary>The paragraph for an expected failure; <see langword="null"/> for a bug.</summary>
    public static string? Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        error = Unwrap(error);
        return error switch
        {
            StageException or SubmissionRejectedException or InvalidDataException => error.Message,
            CsvFormatException => $"{error.Message}. Fix that place in the file, or download the file again, then rerun the stage.",
            // Our own messages for a missing input already say what to do; the runtime's ("Could not find file") do not.
            FileNotFoundException when !error.Message.StartsWith("Could not find", StringComparison.Ordinal) => error.Message,
            IOException or UnauthorizedAccessException => FileSystemAdvice.Explain(error),
            ArgumentException argument => WithoutParameterSuffix(argument),
            FormatException => error.Message,
            _ => null,
        };
    }

    /// <summary>The innermost meaningful exception: parallel loops and reflection wrap the real one.</summary>
    public static Exception Unwrap(Exception error)
    {
        while (true)
        {
            switch (error)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    error = aggregate.InnerExceptions[0];
                    continue;
                case TargetInvocationException { InnerException: { } inner }:
                    error = inner;
                    continue;
                default:
                    return error;
            }
        }
    }

    /// <summary>The first exception of type <typeparamref name="T"/> in <paramref name="error"/> or what it wraps.</summary>
    public static T? Find<T>(Exception? error) where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T found) return found;
            if (error is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions)
                    if (Find<T>(inner) is { } nested) return nested;
        }
        return null;
    }

    // "(Parameter 'testIds')" names a variable of our code, which tells a user nothing.
    private static string WithoutParameterSuffix(ArgumentException error) =>
        error.ParamName is { } name ? error.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : error.Message;
}
