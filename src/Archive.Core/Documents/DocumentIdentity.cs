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
    /// <summary>The id of a document: conference, year, type and language, or the file name where these are unknown.</summary>
    public static string DocumentId(DocumentMetadata metadata, DocumentLanguage language, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var stem = (metadata.Conference, metadata.Date) switch
        {
            (int c, PartialDate d) => string.Create(CultureInfo.InvariantCulture, $"bpmc{c}-{d.Year}-{metadata.Type.ToIdSlug()}"),
            (int c, null) => string.Create(CultureInfo.InvariantCulture, $"bpmc{c}-{metadata.Type.ToIdSlug()}"),
            (null, PartialDate d) when metadata.Type != DocumentType.Other =>
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
