using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>One paragraph as the API and the assistant tools return it, with its counterpart in the other language.</summary>
public static class ParagraphMappings
{
    /// <summary>The paragraph with this id (e.g. bpmc6-2016-cochairs-en/p4), or null when there is none.</summary>
    public static ParagraphDetailResponse? FindDetail(this DocumentLibrary library, string id)
    {
        ArgumentNullException.ThrowIfNull(library);
        if (library.FindParagraph(id) is not var (document, paragraph))
        {
            return null;
        }

        var counterpart = paragraph.CounterpartId is { } cp ? library.FindParagraph(cp)?.Paragraph : null;
        return new ParagraphDetailResponse(
            paragraph.Id,
            document.Id,
            document.Metadata.Title,
            document.Language.ToCode(),
            paragraph.Anchor,
            paragraph.Number,
            paragraph.Section,
            paragraph.Attachment,
            paragraph.Pages,
            document.Source,
            document.Metadata.Sample,
            paragraph.Text,
            paragraph.Citation,
            counterpart?.ToCounterpart(document.Language.Other()),
            Permalink.Of(document, paragraph),
            paragraph.Ocr,
            paragraph.OcrConfidence);
    }
}
