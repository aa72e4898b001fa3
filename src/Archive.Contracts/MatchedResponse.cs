namespace Archive.Contracts;

/// <summary>One reason a hit matched.</summary>
/// <param name="Term">What matched: the word or phrase typed, or its translation.</param>
/// <param name="QueryTerm">The part of the query it stands for.</param>
/// <param name="Source">query (typed), glossary (translated by the glossary) or learned (translated by the word translations the index learned from the archive's paired paragraphs; only in paragraphs without a counterpart).</param>
/// <param name="Via">text (the paragraph, stemmed), exact (the paragraph, word for word) or counterpart (its translation).</param>
public sealed record MatchedResponse(string Term, string QueryTerm, string Source, string Via, double Score);
