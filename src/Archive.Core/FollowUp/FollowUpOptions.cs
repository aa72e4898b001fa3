using System.ComponentModel.DataAnnotations;

namespace Archive.Core.FollowUp;

/// <summary>Where the archive keeps what it cannot rebuild from the corpus (section <c>Archive</c>).</summary>
public sealed class FollowUpOptions
{
    /// <summary>The file name of the database in <see cref="DataPath"/>.</summary>
    public const string DatabaseFile = "archive.db";

    /// <summary>
    /// The data folder, created when missing; relative paths are taken from the host's content root. Default "data".
    /// Keep it outside the index folder: index generations are replaced, the register must outlive them.
    /// </summary>
    [Required]
    public string DataPath { get; set; } = "data";

    public string DatabasePath => Path.Combine(DataPath, DatabaseFile);
}
