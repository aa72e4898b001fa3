using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Core.Documents;

/// <summary>
/// Formats the citation of a document or a paragraph in English or Indonesian. A Bali Process document is named by its
/// type and conference, e.g.
/// <c>Co-Chairs' Statement, Sixth Ministerial Conference of the Bali Process, Nusa Dua, Bali, 23 March 2016, para. 4</c>;
/// any other leads with its issuer, then its title and symbol, e.g.
/// <c>Security Council, Letter dated 8 January 2025 (S/2025/22), New York, 10 January 2025, para. 3</c>, and one with
/// no known issuer starts with its title. Illustrative sample documents say so, so that nobody cites them as official text.
/// </summary>
public static partial class CitationFormatter
{
    /// <summary>The citation of a whole document of the archive, in any language.</summary>
    public static string Document(ArchiveDocument document, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Document(document.Metadata, document.Symbol, language);
    }

    /// <summary>The citation of a whole document, without a paragraph.</summary>
    /// <param name="symbol">The document's symbol ("S/2025/22"), or null; a Bali Process citation does not print it.</param>
    public static string Document(DocumentMetadata metadata, string? symbol, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var indonesian = language == DocumentLanguage.Indonesian;
        var sample = indonesian ? " (contoh ilustratif)" : " (illustrative sample)";
        var text = new StringBuilder();
        if (Issuers.IssuedByBaliProcess(metadata))
        {
            text.Append(metadata.ShortTitle ?? metadata.Type.DisplayName(language));
            if (metadata.Sample)
            {
                text.Append(sample);
            }

            if (metadata.Conference is int conference)
            {
                text.Append(", ").Append(ConferenceNames.Name(conference, language));
            }
        }
        else
        {
            if (Issuers.Of(metadata) is { } issuer)
            {
                text.Append(issuer).Append(", ");
            }

            text.Append(metadata.ShortTitle ?? metadata.Title);
            if (symbol is not null)
            {
                text.Append(" (").Append(symbol).Append(')');
            }

            if (metadata.Sample)
            {
                text.Append(sample);
            }
        }

        // A title that ends on its place and date ("…, Bangkok, June 2020") has said them already; a date inside a
        // title ("Letter dated 8 January 2025 …") is another date.
        var cited = text.ToString();
        var endsOnDate = metadata.Date is PartialDate written
            && (cited.EndsWith(written.Format(language), StringComparison.OrdinalIgnoreCase) || cited.EndsWith(written.MonthAndYear(language), StringComparison.OrdinalIgnoreCase));
        var place = metadata.Place;
        if (!string.IsNullOrWhiteSpace(place) && !(endsOnDate && cited.Contains($", {place},", StringComparison.OrdinalIgnoreCase)))
        {
            text.Append(", ").Append(place);
        }

        if (metadata.Date is PartialDate date && !endsOnDate)
        {
            text.Append(", ").Append(date.Format(language));
        }

        return text.ToString();
    }

    /// <summary>The citation of one paragraph: the document's, then the paragraph's <see cref="Locator(DocumentLanguage, string?, string?, int)"/>.</summary>
    public static string Paragraph(DocumentMetadata metadata, string? symbol, DocumentLanguage language, string? attachment, string? number, int unnumberedOrdinal) =>
        $"{Document(metadata, symbol, language)}, {Locator(language, attachment, number, unnumberedOrdinal)}";

    /// <summary>The citation of a paragraph of the archive, in any language.</summary>
    public static string Paragraph(ArchiveDocument document, DocumentLanguage language, Paragraph paragraph) =>
        $"{Document(document, language)}, {Locator(language, paragraph)}";

    /// <summary>
    /// Where a paragraph stands in its document: "Attachment A, para. 3", "para. 12", "unnumbered para. 2". An
    /// unnumbered paragraph is counted among the unnumbered paragraphs of its part (main text or attachment), not
    /// among all paragraphs: the first closing paragraph after paragraphs 1 to 9 is "unnumbered para. 1", not 10.
    /// That place does not move when the numbered paragraphs around it change, cannot be read as a printed number,
    /// and is the n of the paragraph's anchor u{n}, so the citation and the permalink name the same paragraph.
    /// </summary>
    /// <param name="unnumberedOrdinal">For an unnumbered paragraph, its 1-based place among the unnumbered paragraphs of its part.</param>
    public static string Locator(DocumentLanguage language, string? attachment, string? number, int unnumberedOrdinal)
    {
        var indonesian = language == DocumentLanguage.Indonesian;
        var text = new StringBuilder();
        if (attachment is not null)
        {
            text.Append(indonesian ? "Lampiran " : "Attachment ").Append(attachment).Append(", ");
        }

        return (number is not null
            ? text.Append(indonesian ? "paragraf " : "para. ").Append(number)
            : text.Append(indonesian ? "paragraf tanpa nomor " : "unnumbered para. ").Append(unnumberedOrdinal)).ToString();
    }

    /// <summary>The locator of a paragraph of the archive; an unnumbered one is counted by the n of its anchor.</summary>
    public static string Locator(DocumentLanguage language, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return Locator(language, paragraph.Attachment, paragraph.Number, paragraph.Number is null ? UnnumberedOrdinal(paragraph) : 0);
    }

    private static int UnnumberedOrdinal(Paragraph paragraph)
    {
        var match = UnnumberedAnchor().Match(paragraph.Anchor);
        return match.Success
            ? int.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new ArgumentException($"the unnumbered paragraph {paragraph.Id} has no u<n> anchor", nameof(paragraph));
    }

    // The structurer's anchors: "u2", "A-u2", "penjelasan-u1", and "A-u1-2" where an anchor repeats.
    [GeneratedRegex(@"(?:^|-)u(?<n>\d+)(?:-\d+)?$")]
    private static partial Regex UnnumberedAnchor();
}
