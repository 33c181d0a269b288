using System.Diagnostics;
using Kaggle.Runner.Report;

namespace Kaggle.Runner.Tests.Report;

/// <summary>
/// Opens a generated report in headless Chromium (Debian's <c>chromium</c>; <c>.ci/run</c> installs it): the page
/// must log nothing to the browser console (no script error, no failed load) and render a screenshot that is not blank.
/// </summary>
public sealed class ReportBrowserTests
{
    [Fact]
    public void Report_OpenedInHeadlessChromium_NoConsoleMessagesAndNotBlank()
    {
        var chromium = FindChromium();
        if (chromium is null) Assert.Skip("chromium is not installed (apt-get -y install chromium; .ci/run installs it), so the report is not opened in a browser.");
        var folder = Directory.CreateTempSubdirectory("kaggle-report-").FullName;
        try
        {
            var input = SyntheticRuns.Binary();
            var page = RunReport.Write(folder, input);
            var screenshot = Path.Combine(folder, "report.png");

            var (code, log) = Run(chromium, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                $"--user-data-dir={Path.Combine(folder, "profile")}", "--window-size=1280,1800", $"--screenshot={screenshot}", new Uri(page).AbsoluteUri);

            Assert.True(code == 0, $"chromium exited with {code}:\n{log}");
            var console = log.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
            Assert.True(console.Count == 0, "The report logged to the browser console:\n" + string.Join("\n", console));
            Assert.True(File.Exists(screenshot), "chromium wrote no screenshot:\n" + log);
            Assert.True(Png.Colours(screenshot).Count > 8, "The screenshot is (nearly) one colour: the report rendered blank.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindChromium()
    {
        var names = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "chromium", "chromium-browser" };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        return names.Where(n => !string.IsNullOrEmpty(n))
            .SelectMany(n => Path.IsPathRooted(n!) ? [n!] : folders.Select(f => Path.Combine(f, n!)))
            .FirstOrDefault(File.Exists);
    }

    private static (int Code, string Log) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within two minutes.");
        }
        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }
}
