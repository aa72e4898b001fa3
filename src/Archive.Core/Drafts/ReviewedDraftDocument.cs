using System.Globalization;
using Archive.Core.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Archive.Core.Drafts;

/// <summary>
/// The reviewed draft as a Word file a drafter can circulate: the draft's paragraphs with their numbers, each carrying
/// a Word comment with what the review found (<see cref="ReviewComments"/>), under a summary line, in the draft's
/// language.
/// </summary>
public static class ReviewedDraftDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Author = "Bali Process Archive";

    public static byte[] Write(DraftReview review, DateTimeOffset reviewedAt)
    {
        ArgumentNullException.ThrowIfNull(review);
        var id = review.Language == DocumentLanguage.Indonesian;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments();
            var title = review.Draft.Title ?? (id ? "Rancangan" : "Draft");
            body.Append(Plain(title, bold: true));
            body.Append(Plain(Summary(review, id), bold: false));
            foreach (var paragraph in review.Paragraphs)
            {
                var commentId = paragraph.Ordinal.ToString(CultureInfo.InvariantCulture);
                var text = paragraph.Paragraph.Number is { } number ? $"{number}. {paragraph.Paragraph.Text}" : paragraph.Paragraph.Text;
                body.Append(new Paragraph(
                    new CommentRangeStart { Id = commentId },
                    Run(text),
                    new CommentRangeEnd { Id = commentId },
                    new Run(new CommentReference { Id = commentId })));
                comments.Comments.Append(new Comment(ReviewComments.Of(paragraph, review.Language).Select(line => Plain(line, bold: false)))
                {
                    Id = commentId,
                    Author = Author,
                    Initials = "BPA",
                    Date = reviewedAt.UtcDateTime,
                });
            }

            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = Author;
        }

        return stream.ToArray();
    }

    private static string Summary(DraftReview review, bool id)
    {
        var weakened = review.Weakened;
        return id
            ? $"Tinjauan terhadap bahasa yang telah disepakati: {review.Count(DraftStatus.Verbatim)} kata demi kata, {review.Count(DraftStatus.Edited)} diubah, {review.Count(DraftStatus.New)} baru, {review.Count(DraftStatus.Skipped)} tidak dibandingkan; {weakened} komitmen diperlemah."
            : $"Review against agreed language: {review.Count(DraftStatus.Verbatim)} verbatim, {review.Count(DraftStatus.Edited)} edited, {review.Count(DraftStatus.New)} new, {review.Count(DraftStatus.Skipped)} not compared; {weakened} commitments weakened.";
    }

    private static Paragraph Plain(string text, bool bold)
    {
        var run = Run(text);
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(run);
    }

    private static Run Run(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
