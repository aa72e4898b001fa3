using System.ComponentModel.DataAnnotations;

namespace Archive.Core.Indexing;

/// <summary>Where the index lives, and what a build learns.</summary>
public sealed class IndexOptions
{
    /// <summary>The index folder; relative paths are taken from the host's content root. Default "index".</summary>
    [Required]
    public string Path { get; set; } = "index";

    /// <summary>How often the service looks for a newer index generation, in seconds. Default 2.</summary>
    [Range(0.1, 3600)]
    public double RefreshIntervalSeconds { get; set; } = 2;

    /// <summary>
    /// Whether each build learns a translation lexicon from the aligned paragraph pairs (used beside the glossary to
    /// carry a query to paragraphs without a counterpart). False leaves the glossary alone. Default true.
    /// </summary>
    public bool LearnLexicon { get; set; } = true;

    /// <summary>
    /// A served generation whose Lucene files take at most this many megabytes is read from memory, a larger one
    /// memory-mapped (<see cref="GenerationDirectory"/>); 0 maps every one. Default 64, some 25,000 paragraphs.
    /// </summary>
    [Range(0, 65_536)]
    public int InMemoryMaxMegabytes { get; set; } = 64;
}
