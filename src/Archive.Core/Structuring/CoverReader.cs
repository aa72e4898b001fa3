using Archive.Core.Documents;
using Archive.Core.Extraction;

namespace Archive.Core.Structuring;

/// <summary>Reads a document's cover (a UN masthead, a regulation's heading, a letterhead) from its first blocks.</summary>
public static class CoverReader
{
    /// <summary>What the cover says, and how many of the first blocks it takes (they are not paragraphs).</summary>
    public static (CoverMetadata Cover, int Blocks) Read(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return UnMasthead.Read(blocks) ?? RegulationHeading.Read(blocks) ?? (CoverMetadata.None, 0);
    }
}
