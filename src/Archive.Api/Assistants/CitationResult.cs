namespace Archive.Api.Assistants;

/// <summary>What the <c>cite</c> tool returns: the citation in the asked format, and where the paragraph is.</summary>
/// <param name="Citation">Text, BibTeX, RIS or CSL-JSON, as <c>GET /api/paragraphs/{id}/cite</c> writes it.</param>
/// <param name="Permalink">The paragraph's absolute address on the archive's web page.</param>
public sealed record CitationResult(string Id, string Format, string Language, string Citation, string Permalink);
