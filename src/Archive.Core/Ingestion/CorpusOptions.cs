using System.ComponentModel.DataAnnotations;

namespace Archive.Core.Ingestion;

/// <summary>Where the corpus the service serves lives.</summary>
public sealed class CorpusOptions
{
    /// <summary>The corpus folder; relative paths are taken from the host's content root. Default "corpus".</summary>
    [Required]
    public string Path { get; set; } = "corpus";
}
