namespace Kaggle.Api.Models;

/// <summary>One file of a competition's data, as ListDataFiles reports it.</summary>
/// <param name="Name">The file name (may include folders, e.g. <c>train/0001.png</c>).</param>
/// <param name="TotalBytes">Its size in bytes, when reported.</param>
/// <param name="CreationDate">When it was published, when reported.</param>
/// <param name="Description">Kaggle's description of the file, often empty.</param>
public sealed record KaggleDataFile(string Name, long? TotalBytes, DateTimeOffset? CreationDate, string? Description);
