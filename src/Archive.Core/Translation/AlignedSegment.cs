
namespace Archive.Core.Translation;

/// <summary>One aligned sentence (or paragraph): the numbers of its terms in each language, in order.</summary>
internal sealed record AlignedSegment(int[] English, int[] Indonesian);
