using System.CommandLine;

namespace Kaggle.Runner.Tune;

/// <summary>The tune verb's own options on the command line, checked when parsed, read into <see cref="TuneOptions"/>.</summary>
internal sealed class TuneCommand
{
    private readonly Option<string> _model = new("--model") { Description = "The tunable model (Competition.Tunables) to search.", Required = true };
    private readonly Option<int> _trials = new("--trials") { Description = "The study's trial budget, shared by all its workers (default 40).", DefaultValueFactory = _ => 40 };
    private readonly Option<string?> _timeout = new("--timeout") { Description = "Start no new trial after this long (90s, 30m, 2h, 1h30m, 01:30:00)." };
    private readonly Option<string?> _storage = new("--storage") { Description = "postgres://user:password@host:port/db, sqlite:<path> or a path (default submissions/<slug>/tune.db)." };
    private readonly Option<string?> _study = new("--study") { Description = "The study's name (default: the model's); workers with the same storage and study share it." };
    private readonly Option<string> _sampler = new("--sampler") { Description = "tpe (default) or random.", DefaultValueFactory = _ => "tpe" };
    private readonly Option<double> _heartbeat = new("--heartbeat") { Description = "Seconds between heartbeats (default 10).", DefaultValueFactory = _ => 10 };
    private readonly Option<double> _grace = new("--grace") { Description = "Seconds without a heartbeat before a trial is declared dead and re-queued (default 60).", DefaultValueFactory = _ => 60 };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _trials.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--trials must be 1 or more."); });
        _timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && TuneOptions.ParseDuration(text) is null)
                r.AddError($"--timeout={text}: give a duration such as 90s, 30m, 2h, 1h30m or 01:30:00.");
        });
        _sampler.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is not ("tpe" or "random")) r.AddError($"--sampler={r.GetValueOrDefault<string>()}: use tpe or random.");
        });
        _grace.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() <= 0) r.AddError("--grace must be above 0 seconds.");
        });
        foreach (var option in new Option[] { _model, _trials, _timeout, _storage, _study, _sampler, _heartbeat, _grace })
            command.Options.Add(option);
    }

    public TuneOptions Read(ParseResult parsed) => new()
    {
        Model = parsed.GetValue(_model)!,
        Trials = parsed.GetValue(_trials),
        Timeout = parsed.GetValue(_timeout) is { } text ? TuneOptions.ParseDuration(text) : null,
        Storage = parsed.GetValue(_storage),
        Study = parsed.GetValue(_study),
        Sampler = parsed.GetValue(_sampler) ?? "tpe",
        HeartbeatSeconds = parsed.GetValue(_heartbeat),
        GraceSeconds = parsed.GetValue(_grace),
    };
}
