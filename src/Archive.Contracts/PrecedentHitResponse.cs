namespace Archive.Contracts;

/// <summary>An agreed paragraph close to the draft.</summary>
/// <param name="Similarity">Closeness of wording: 2 × words in common (in order) ÷ words of both texts, 0-1.</param>
/// <param name="Semantic">Cosine of the embeddings of the draft and the paragraph, when meaning was used; with the similarity it orders the precedents.</param>
/// <param name="SharedWords">Words the draft keeps from this paragraph, in order.</param>
/// <param name="Diff">The draft against this paragraph, word by word: unchanged, deleted (agreed words the draft drops) and inserted (new in the draft) runs, in order.</param>
/// <param name="Verbatim">Runs of six or more words the draft shares word for word with this paragraph: agreed language. Start and End are character offsets in the draft.</param>
public sealed record PrecedentHitResponse(
    string Id,
    string DocumentId,
    string Title,
    string Language,
    string Type,
    int? Conference,
    string? Date,
    bool Sample,
    string Citation,
    string Text,
    double Similarity,
    double? Semantic,
    int SharedWords,
    IReadOnlyList<DiffRunResponse> Diff,
    IReadOnlyList<VerbatimResponse> Verbatim,
    CounterpartResponse? Counterpart,
    string Permalink);
