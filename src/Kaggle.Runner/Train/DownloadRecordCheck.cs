using Kaggle.Runner.Runs;
using Kaggle.Runner.Stages;

namespace Kaggle.Runner.Train;

/// <summary>
/// Train, before reading: the data files must still be the ones Download delivered (size and SHA-256 in
/// <c>data/&lt;slug&gt;/download.json</c>), so a file cut short, damaged or edited since is caught before it trains anything.
/// Data placed by hand, without a download record, is read as it is.
/// </summary>
internal static class DownloadRecordCheck
{
    public static void Run(RunContext context)
    {
        var folder = context.DataFolder;
        var recordPath = Path.Combine(folder, "download.json");
        if (!File.Exists(recordPath)) return;
        var record = RunJson.Read<DownloadManifest>(recordPath);
        var slug = context.Config.Slug;
        foreach (var file in record.Files)
        {
            var path = Path.Combine(folder, file.File);
            var shown = $"data/{slug}/{file.File}";
            if (Directory.Exists(path))
                throw new StageException($"{shown} is a folder, but Download delivered a file there. Remove the folder, then run Download again.");
            if (!File.Exists(path))
                throw new StageException($"{shown} is missing although Download delivered it. Run Download again to restore it.");
            var bytes = new FileInfo(path).Length;
            if (bytes != file.Bytes)
                throw new StageException($"{shown} has {bytes} bytes but Download delivered {file.Bytes} (data/{slug}/download.json): it was "
                    + "cut short, damaged or edited since. Run Download again to restore it (or delete download.json if you changed it on purpose).");
            if (context.DataHashes.Of(path) != file.Sha256)
                throw new StageException($"{shown} is not the file Download delivered: its SHA-256 differs from data/{slug}/download.json, so it was "
                    + "damaged or edited since. Run Download again to restore it (or delete download.json if you changed it on purpose).");
        }
    }
}
