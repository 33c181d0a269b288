namespace Kaggle.Tuning.Tests.Studies;

internal static class CommandResultExtensions
{
    /// <summary>Throws with the command's output when it failed.</summary>
    public static void Check(this (int ExitCode, string Output) result, string what)
    {
        if (result.ExitCode != 0) throw new InvalidOperationException($"{what} failed ({result.ExitCode}): {result.Output}");
    }
}
