// New: writes competitions/<slug>/ for a competition that has no project yet (src/Kaggle.Scaffold does the work).
//   dotnet cake --target=New --competition=<slug> [--mirror=<dir>] [--metric=<name>] [--target-column=<col>] [--id-column=<col>]
// It builds and runs only the scaffold program: the competition's folder does not exist yet, so no competition stage can run.
Task("New")
    .Description("Writes competitions/<slug>/ (project, competition.json, a GBDT + linear baseline) from the competition's files, and adds it to Kaggle.sln.")
    .Does(() =>
    {
        // Loaded before build.cake's own parameters exist: read them here.
        var parameters = BuildParameters.Load(Context);
        if (string.IsNullOrWhiteSpace(parameters.Competition))
            throw new CakeException("--competition=<slug> is required: the Kaggle slug of the new competition (its files in <mirror>/<slug>/, or on Kaggle).");
        var project = File("./src/Kaggle.Scaffold/Kaggle.Scaffold.csproj");
        DotNetBuild(project, new DotNetBuildSettings { Configuration = parameters.Configuration, NoLogo = true });
        var arguments = new ProcessArgumentBuilder()
            .Append("--competition").AppendQuoted(parameters.Competition)
            .Append("--repo-root").AppendQuoted(MakeAbsolute(Directory(".")).FullPath);
        if (parameters.Mirror.Length > 0)
            arguments.Append("--mirror").AppendQuoted(MakeAbsolute(Directory(parameters.Mirror)).FullPath);
        foreach (var option in new[] { "metric", "target-column", "id-column" })
            if (Argument(option, "") is { Length: > 0 } value) arguments.Append("--" + option).AppendQuoted(value);
        var program = File($"./src/Kaggle.Scaffold/bin/{parameters.Configuration}/net10.0/Kaggle.Scaffold.dll");
        DotNetExecute(program, arguments);
    });
