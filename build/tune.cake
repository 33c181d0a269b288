// The Tune target: a hyper-parameter study of one model (src/Kaggle.Runner/Tune, src/Kaggle.Tuning).
//   dotnet cake --target=Tune --competition=<slug> --model=<name> [--trials=N] [--timeout=30m] [--storage=<uri>] [--study=<name>] [--sampler=tpe|random]
// Run it on several machines with the same --storage=postgres://… and --study to share the trials.
string[] TuneArguments(ICakeContext context)
{
    var model = context.Argument("model", "");
    if (model.Length == 0)
        throw new CakeException("--model=<name> is required for Tune: the name of a model the competition declares a search space for.");
    var arguments = new List<string> { "--model", model };
    foreach (var name in new[] { "trials", "timeout", "study", "sampler", "heartbeat", "grace" })
        if (context.HasArgument(name)) arguments.AddRange(new[] { "--" + name, context.Argument(name, "") });
    return arguments.ToArray();
}

// Runs the tune verb; the storage URI may hold a password, so it goes as a secret that Cake never logs.
void RunTune(ICakeContext context, BuildParameters parameters) =>
    RunCompetition(context, parameters, "tune", TuneArguments(context), context.HasArgument("storage") ? context.Argument("storage", "") : "");
