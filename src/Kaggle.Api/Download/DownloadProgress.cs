using Spectre.Console;

namespace Kaggle.Api.Download;

/// <summary>
/// A Spectre.Console progress bar with bytes, rate and time left, shown only on an interactive terminal (never when
/// output is redirected, e.g. in CI logs or tests).
/// </summary>
internal static class DownloadProgress
{
    /// <summary>Runs <paramref name="work"/> with a progress bar titled <paramref name="title"/> when <paramref name="show"/> allows it.</summary>
    public static async Task<T> RunAsync<T>(string title, bool? show, Func<IDownloadProgress, Task<T>> work)
    {
        var enabled = show ?? (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive);
        if (!enabled)
            return await work(Silent.Instance).ConfigureAwait(false);
        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new DownloadedColumn(),
                new TransferSpeedColumn(),
                new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: 1);
                task.IsIndeterminate = true;
                var result = await work(new Bar(task)).ConfigureAwait(false);
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class Bar(ProgressTask task) : IDownloadProgress
    {
        public void Report(long bytes, long? total)
        {
            if (total is > 0)
            {
                task.IsIndeterminate = false;
                task.MaxValue = total.Value;
            }
            task.Value = bytes;
        }
    }

    private sealed class Silent : IDownloadProgress
    {
        public static readonly Silent Instance = new();

        public void Report(long bytes, long? total)
        {
        }
    }
}
