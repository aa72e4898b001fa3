namespace Archive.Contracts;

/// <summary>The agreed paragraphs closest to a draft.</summary>
/// <param name="Language">The draft's language (given or detected); precedents are in it, with their counterparts.</param>
/// <param name="Words">Words in the draft.</param>
/// <param name="UsedMeaning">True when candidates were found by meaning (embeddings) as well as by words.</param>
/// <param name="MeaningProblem">Why meaning could not be used, when embeddings are on but failing; null otherwise.</param>
public sealed record PrecedentResponse(string Language, int Words, bool UsedMeaning, string? MeaningProblem, IReadOnlyList<PrecedentHitResponse> Precedents);

/// <summary>An agreed paragraph close to the draft.</summary>
/// <param name="Similarity">Closeness of wording: 2 × words in common (in order) ÷ words of both texts, 0-1.</param>
/// <param name="Semantic">Cosine of the embeddings of the draft and the paragraph, when it was found by meaning.</param>
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

/// <summary>A run of the word diff.</summary>
/// <param name="Op">unchanged, deleted or inserted.</param>
public sealed record DiffRunResponse(string Op, string Text);

/// <summary>Words shared verbatim with agreed text.</summary>
public sealed record VerbatimResponse(string Text, int Words, int Start, int End);
