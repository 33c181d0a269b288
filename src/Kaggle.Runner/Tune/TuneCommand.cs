using System.CommandLine;

namespace Kaggle.Runner.Tune;

/// <summary>The tune verb's own options on the command line, checked when parsed, read into <see cref="TuneOptions"/>.</summary>
internal static class TuneCommand
{
    private static readonly Option<string> s_model = new("--model") { Description = "The tunable model (Competition.Tunables) to search.", Required = true };
    private static readonly Option<int> s_trials = new("--trials") { Description = "The study's trial budget, shared by all its workers (default 40).", DefaultValueFactory = _ => 40 };
    private static readonly Option<string?> s_timeout = new("--timeout") { Description = "Start no new trial after this long (90s, 30m, 2h, 1h30m, 01:30:00)." };
    private static readonly Option<string?> s_storage = new("--storage") { Description = "postgres://user:password@host:port/db, sqlite:<path> or a path (default submissions/<slug>/tune.db)." };
    private static readonly Option<string?> s_study = new("--study") { Description = "The study's name (default: the model's); workers with the same storage and study share it." };
    private static readonly Option<string> s_sampler = new("--sampler") { Description = "tpe (default) or random.", DefaultValueFactory = _ => "tpe" };
    private static readonly Option<double> s_heartbeat = new("--heartbeat") { Description = "Seconds between heartbeats (default 10).", DefaultValueFactory = _ => 10 };
    private static readonly Option<double> s_grace = new("--grace") { Description = "Seconds without a heartbeat before a trial is declared dead and re-queued (default 60).", DefaultValueFactory = _ => 60 };

    public static void AddOptions(Command command)
    {
        s_trials.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--trials must be 1 or more."); });
        s_timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && TuneOptions.ParseDuration(text) is null)
                r.AddError($"--timeout={text}: give a duration such as 90s, 30m, 2h, 1h30m or 01:30:00.");
        });
        s_sampler.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is not ("tpe" or "random")) r.AddError($"--sampler={r.GetValueOrDefault<string>()}: use tpe or random.");
        });
        s_grace.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() <= 0) r.AddError("--grace must be above 0 seconds.");
        });
        foreach (var option in new Option[] { s_model, s_trials, s_timeout, s_storage, s_study, s_sampler, s_heartbeat, s_grace })
            command.Options.Add(option);
    }

    public static TuneOptions Read(ParseResult parsed) => new()
    {
        Model = parsed.GetValue(s_model)!,
        Trials = parsed.GetValue(s_trials),
        Timeout = parsed.GetValue(s_timeout) is { } text ? TuneOptions.ParseDuration(text) : null,
        Storage = parsed.GetValue(s_storage),
        Study = parsed.GetValue(s_study),
        Sampler = parsed.GetValue(s_sampler) ?? "tpe",
        HeartbeatSeconds = parsed.GetValue(s_heartbeat),
        GraceSeconds = parsed.GetValue(s_grace),
    };
}
