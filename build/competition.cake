// Runs one stage of a competition: the competition's own program (competitions/<slug>/) with a verb, plus a verb's own
// arguments and an optional --storage passed as a secret (never logged).
void RunCompetition(ICakeContext context, BuildParameters parameters, string verb, string[] extra = null, string storage = "")
{
    var project = ResolveCompetition(context, parameters.Competition);
    var arguments = new ProcessArgumentBuilder().Append(verb);
    arguments.Append("--repo-root").AppendQuoted(context.MakeAbsolute(context.Directory(".")).FullPath);
    if (parameters.Mirror.Length > 0)
        arguments.Append("--mirror").AppendQuoted(context.MakeAbsolute(context.Directory(parameters.Mirror)).FullPath);
    if (parameters.Seed.Length > 0) arguments.Append("--seed").Append(parameters.Seed);
    if (parameters.Seeds.Length > 0) arguments.Append("--seeds").Append(parameters.Seeds);
    if (parameters.Force) arguments.Append("--force");
    if (parameters.Fast) arguments.Append("--fast");
    if (parameters.Wait) arguments.Append("--wait");
    if (parameters.Message.Length > 0) arguments.Append("--message").AppendQuoted(parameters.Message);
    if (parameters.Run.Length > 0) arguments.Append("--run").AppendQuoted(parameters.Run);
    foreach (var argument in extra ?? new string[0]) arguments.AppendQuoted(argument);
    if (storage.Length > 0) arguments.Append("--storage").AppendQuotedSecret(storage);
    // The Build task has built it: run the program directly (dotnet run would evaluate the project again each stage).
    var program = project.GetDirectory()
        .Combine($"bin/{parameters.Configuration}/net10.0")
        .CombineWithFilePath(project.GetFilenameWithoutExtension() + ".dll");
    if (!context.FileExists(program))
        throw new CakeException($"{program} is missing: the Build task did not build {project.GetFilename()}.");
    context.DotNetExecute(program, arguments);
}

// competitions/<slug>/<Name>.csproj; an empty or unknown slug fails and lists the known ones.
FilePath ResolveCompetition(ICakeContext context, string slug)
{
    var known = context.GetSubDirectories("./competitions")
        .Where(d => context.GetFiles(d.FullPath + "/*.csproj").Count > 0)
        .Select(d => d.GetDirectoryName())
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();
    if (string.IsNullOrWhiteSpace(slug))
        throw new CakeException($"--competition=<slug> is required. Known competitions: {string.Join(", ", known)}");
    if (!known.Contains(slug))
        throw new CakeException($"Unknown competition '{slug}'. Known competitions: {string.Join(", ", known)}");
    return context.GetFiles($"./competitions/{slug}/*.csproj").Single();
}

// competitions/<slug>/*.csproj files that Kaggle.sln does not list: a new competition folder works before anyone adds it.
IEnumerable<FilePath> CompetitionsOutsideSolution(ICakeContext context)
{
    var solution = System.IO.File.ReadAllText(context.MakeAbsolute(context.File("./Kaggle.sln")).FullPath).Replace('\\', '/');
    var root = context.MakeAbsolute(context.Directory("."));
    return context.GetFiles("./competitions/*/*.csproj")
        .Where(p => !solution.Contains(root.GetRelativePath(p).FullPath, StringComparison.OrdinalIgnoreCase))
        .OrderBy(p => p.FullPath, StringComparer.Ordinal)
        .ToList();
}
