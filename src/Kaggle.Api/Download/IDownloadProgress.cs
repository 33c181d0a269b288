namespace Kaggle.Api.Download;

/// <summary>Receives the byte count of a running download (a progress bar, or nothing).</summary>
internal interface IDownloadProgress
{
    /// <summary>Reports <paramref name="bytes"/> of <paramref name="total"/> (null when the size is unknown) done so far.</summary>
    void Report(long bytes, long? total);
}
