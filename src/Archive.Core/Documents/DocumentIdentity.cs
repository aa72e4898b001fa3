using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Text;

namespace Archive.Core.Documents;

/// <summary>
/// Derives stable ids from metadata, so that a rebuild of the archive gives every document and paragraph
/// the same id as before: <c>bpmc6-2016-cochairs-en</c>, <c>bpmc6-2016-cochairs-en/p4</c>.
/// </summary>
public static partial class DocumentIdentity
{
    /// <summary>
    /// The id of a document: conference, year, type and language for the Bali Process's own; an issuing body's symbol
    /// with a slash ("E/CN.9/2025/6" gives <c>e-cn-9-2025-6-en</c>) for another's; else the file name.
    /// </summary>
    public static string DocumentId(DocumentMetadata metadata, DocumentLanguage language, string sourcePath, string? symbol = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        // "bp-…" claims the Bali Process: never for a document another body issued.
        var otherIssuer = Issuers.Of(metadata) is { } issuer && !issuer.Equals(Issuers.BaliProcess, StringComparison.OrdinalIgnoreCase);
        var stem = (metadata.Conference, metadata.Date) switch
        {
            (int c, PartialDate d) when !otherIssuer => string.Create(CultureInfo.InvariantCulture, $"bpmc{c}-{d.Year}-{metadata.Type.ToIdSlug()}"),
            (int c, null) when !otherIssuer => string.Create(CultureInfo.InvariantCulture, $"bpmc{c}-{metadata.Type.ToIdSlug()}"),
            _ when symbol is not null && symbol.Contains('/', StringComparison.Ordinal) => Slug(symbol),
            (null, PartialDate d) when metadata.Type != DocumentType.Other && !otherIssuer =>
                string.Create(CultureInfo.InvariantCulture, $"bp-{d.Year}-{metadata.Type.ToIdSlug()}"),
            _ => "doc-" + Slug(Path.GetFileNameWithoutExtension(sourcePath)),
        };
        return $"{stem}-{language.ToCode()}";
    }

    /// <summary>The id without its language suffix: the key two translations share.</summary>
    public static string WorkKey(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        var dash = documentId.LastIndexOf('-');
        return dash > 0 ? documentId[..dash] : documentId;
    }

    public static string ParagraphId(string documentId, string anchor) => $"{documentId}/{anchor}";

    /// <summary>Splits <c>doc/anchor</c>; false when the id has no anchor part.</summary>
    public static bool TrySplitParagraphId(string paragraphId, out string documentId, out string anchor)
    {
        var slash = paragraphId.LastIndexOf('/');
        documentId = slash > 0 ? paragraphId[..slash] : string.Empty;
        anchor = slash > 0 ? paragraphId[(slash + 1)..] : string.Empty;
        return slash > 0 && anchor.Length > 0;
    }

    /// <summary>Whether the text has the form of a document id: slug words ending in a language code (<c>-en</c>, <c>-id</c>, or <c>-und</c> for a document in neither language).</summary>
    public static bool IsDocumentId(string text) => text.Length <= 120 && DocumentIdForm().IsMatch(text);

    /// <summary>Lower-case ASCII letters, digits and single dashes.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = NonSlugRun().Replace(Words.FoldAccents(text).ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*-(?:en|id|und)$")]
    private static partial Regex DocumentIdForm();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugRun();
}
