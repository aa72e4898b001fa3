using Archive.Core.Documents;

namespace Archive.Core.Precedent;

/// <summary>The precedents of a draft.</summary>
/// <param name="Language">The draft's language (given, or detected), which the precedents are in.</param>
/// <param name="WordCount">Words in the draft.</param>
/// <param name="UsedMeaning">True when candidates came from embeddings as well as from words.</param>
/// <param name="MeaningUnavailable">Why embeddings could not be used, when they are on but failing.</param>
public sealed record PrecedentResult(DocumentLanguage Language, int WordCount, IReadOnlyList<PrecedentMatch> Precedents, bool UsedMeaning, string? MeaningUnavailable);
