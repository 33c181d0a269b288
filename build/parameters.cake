// Typed command-line parameters shared by every task.
public sealed class BuildParameters
{
    public string Target { get; private set; }
    public string Configuration { get; private set; }
    public string Competition { get; private set; }
    public string Mirror { get; private set; }
    public string Seed { get; private set; }
    public string Seeds { get; private set; }
    public bool Force { get; private set; }
    public bool Fast { get; private set; }
    public bool Wait { get; private set; }
    public string Message { get; private set; }
    public bool SkipSetup { get; private set; }
    public string Run { get; private set; }

    public static BuildParameters Load(ICakeContext context)
    {
        var mirror = context.Argument("mirror", "");
        if (string.IsNullOrWhiteSpace(mirror))
            mirror = context.EnvironmentVariable("KAGGLE_DATA_MIRROR") ?? "";
        return new BuildParameters
        {
            Target = context.Argument("target", "Default"),
            Configuration = context.Argument("configuration", "Release"),
            Competition = context.Argument("competition", ""),
            Mirror = mirror,
            Seed = context.Argument("seed", ""),
            Seeds = context.Argument("seeds", ""),
            Force = context.HasArgument("force") && context.Argument("force", "true") != "false",
            Fast = context.HasArgument("fast") && context.Argument("fast", "true") != "false",
            Wait = context.HasArgument("wait") && context.Argument("wait", "true") != "false",
            Message = context.Argument("message", ""),
            SkipSetup = context.HasArgument("skip-setup"),
            Run = context.Argument("run", ""),
        };
    }

    public string Describe() =>
        $"target={Target} configuration={Configuration}"
        + (Competition.Length > 0 ? $" competition={Competition}" : "")
        + (Mirror.Length > 0 ? $" mirror={Mirror}" : "")
        + (Seed.Length > 0 ? $" seed={Seed}" : "");
}
