using Spectre.Console;

namespace Kaggle.Runner.Tests.Runner;

/// <summary>Runs a competition program's verb in-process with a plain, wide console and returns its exit code and output.</summary>
internal static class Stages
{
    public static (int Code, string Output) Run(Competition competition, IKaggleService? kaggle, params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var code = CompetitionRunner.Run(args, competition, kaggle, console);
        return (code, writer.ToString());
    }
}
