// Native prerequisites: Debian's real XGBoost (C API) and OpenBLAS. Installed with apt-get when missing and
// running as root; otherwise the build stops with the exact command to run.
static readonly (string Package, string Library)[] NativePrerequisites =
{
    ("libxgboost0", "libxgboost.so.0"),
    ("libopenblas0-pthread", "libopenblas.so.0"),
};

void EnsureNativePrerequisites(ICakeContext context, BuildParameters parameters)
{
    if (parameters.SkipSetup)
    {
        context.Information("Setup: skipped (--skip-setup).");
        return;
    }
    if (!context.IsRunningOnLinux())
    {
        context.Warning("Setup: not on Linux; install XGBoost 1.7 and OpenBLAS yourself.");
        return;
    }
    var missing = NativePrerequisites.Where(p => !PackageInstalled(context, p.Package)).Select(p => p.Package).ToArray();
    if (missing.Length == 0)
    {
        context.Information("Setup: native prerequisites present ({0}).", string.Join(", ", NativePrerequisites.Select(p => p.Package)));
        return;
    }
    // Wait for dpkg's lock instead of failing at once when another apt-get (an unattended upgrade) holds it.
    const string wait = "-o DPkg::Lock::Timeout=300";
    var command = $"apt-get {wait} update && apt-get {wait} install -y --no-install-recommends " + string.Join(" ", missing);
    if (!IsRoot(context))
        throw new CakeException($"Setup: missing {string.Join(", ", missing)}. Run as root:\n    sudo sh -c '{command}'");
    context.Information("Setup: installing {0} ...", string.Join(", ", missing));
    var settings = new ProcessSettings
    {
        Arguments = "-c \"" + command + "\"",
        EnvironmentVariables = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" },
    };
    var exit = context.StartProcess("/bin/sh", settings);
    if (exit != 0)
        throw new CakeException($"Setup: '{command}' failed with exit code {exit}.");
    foreach (var package in missing)
        if (!PackageInstalled(context, package))
            throw new CakeException($"Setup: {package} is still not installed after apt-get.");
}

static bool PackageInstalled(ICakeContext context, string package)
{
    var exit = context.StartProcess("dpkg-query", new ProcessSettings
    {
        Arguments = "-W -f=${Status} " + package,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    }, out var output);
    return exit == 0 && string.Join("", output).Contains("install ok installed");
}

static bool IsRoot(ICakeContext context)
{
    context.StartProcess("id", new ProcessSettings { Arguments = "-u", RedirectStandardOutput = true }, out var output);
    return output.FirstOrDefault()?.Trim() == "0";
}
