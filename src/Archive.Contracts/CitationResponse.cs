using System.Text.Json.Serialization;

namespace Archive.Contracts;

/// <summary>A citation in the asked format, and where the cited text is (what the <c>cite</c> tool returns).</summary>
/// <param name="Citation">Text, BibTeX, RIS or CSL-JSON, as <c>GET /api/paragraphs/{id}/cite</c> writes it.</param>
/// <param name="Permalink">The paragraph's (or document's) absolute address on the archive's web page.</param>
public sealed record CitationResponse(string Id, string Format, string Language, string Citation, string Permalink)
{
    /// <summary>The citation's media type, for a host that sends it as the body (text/plain, application/x-bibtex …).</summary>
    [JsonIgnore]
    public string MediaType { get; init; } = "text/plain";
}
