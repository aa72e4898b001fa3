namespace Archive.Contracts;

/// <summary>The agreed paragraphs closest to a draft.</summary>
/// <param name="Language">The draft's language (given or detected); precedents are in it, with their counterparts.</param>
/// <param name="Words">Words in the draft.</param>
/// <param name="UsedMeaning">True when candidates were found by meaning (embeddings) as well as by words.</param>
/// <param name="MeaningProblem">Why meaning could not be used, when embeddings are on but failing; null otherwise.</param>
public sealed record PrecedentResponse(string Language, int Words, bool UsedMeaning, string? MeaningProblem, IReadOnlyList<PrecedentHitResponse> Precedents);
