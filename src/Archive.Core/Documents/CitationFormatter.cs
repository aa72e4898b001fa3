using System.Text;

namespace Archive.Core.Documents;

/// <summary>
/// Formats the citation of a paragraph in English or Indonesian, e.g.
/// <c>Co-Chairs' Statement, Sixth Ministerial Conference of the Bali Process, Nusa Dua, Bali, 23 March 2016, para. 4</c>.
/// Illustrative sample documents say so in the citation, so that nobody cites them as official text.
/// </summary>
public static class CitationFormatter
{
    /// <summary>The citation of the whole document, without a paragraph.</summary>
    public static string Document(DocumentMetadata metadata, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var indonesian = language == DocumentLanguage.Indonesian;
        var text = new StringBuilder(metadata.ShortTitle ?? metadata.Type.DisplayName(language));
        if (metadata.Sample)
        {
            text.Append(indonesian ? " (contoh ilustratif)" : " (illustrative sample)");
        }

        if (metadata.Conference is int conference)
        {
            text.Append(", ").Append(ConferenceNames.Name(conference, language));
        }

        if (!string.IsNullOrWhiteSpace(metadata.Place))
        {
            text.Append(", ").Append(metadata.Place);
        }

        if (metadata.Date is PartialDate date)
        {
            text.Append(", ").Append(date.Format(language));
        }

        return text.ToString();
    }

    /// <summary>The citation of one paragraph, anchored by its printed number (or its ordinal when unnumbered).</summary>
    public static string Paragraph(DocumentMetadata metadata, DocumentLanguage language, string? attachment, string? number, int unnumberedOrdinal)
    {
        var indonesian = language == DocumentLanguage.Indonesian;
        var text = new StringBuilder(Document(metadata, language));
        if (attachment is not null)
        {
            text.Append(indonesian ? ", Lampiran " : ", Attachment ").Append(attachment);
        }

        if (number is not null)
        {
            text.Append(indonesian ? ", paragraf " : ", para. ").Append(number);
        }
        else
        {
            text.Append(indonesian ? ", paragraf tanpa nomor " : ", unnumbered para. ").Append(unnumberedOrdinal);
        }

        return text.ToString();
    }
}
