namespace Archive.Core.Documents;

/// <summary>
/// What a document says about itself outside its body text: a UN masthead, a ministry's letterhead, a regulation's
/// heading, a web page's head. Each field null when the source does not say.
/// </summary>
/// <param name="Title">The document's own title (below a masthead, not the masthead).</param>
/// <param name="Issuer">The organ, body or ministry that issued it ("Security Council", "Kementerian Luar Negeri").</param>
/// <param name="Symbol">A document symbol or regulation number ("S/2025/22", "Nomor 10 Tahun 1997").</param>
/// <param name="Session">The session or meeting it belongs to ("Eightieth session", "2025 session").</param>
public sealed record CoverMetadata(string? Title, PartialDate? Date, string? Issuer, string? Symbol, string? Session, string? Place = null)
{
    public static CoverMetadata None { get; } = new(null, null, null, null, null);

    /// <summary>This cover's fields, each filled from <paramref name="fallback"/> where this one is silent.</summary>
    public CoverMetadata Or(CoverMetadata? fallback) => fallback is null ? this : new(
        Title ?? fallback.Title, Date ?? fallback.Date, Issuer ?? fallback.Issuer, Symbol ?? fallback.Symbol,
        Session ?? fallback.Session, Place ?? fallback.Place);
}
