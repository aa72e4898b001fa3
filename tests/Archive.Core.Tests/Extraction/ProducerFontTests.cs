using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// Fonts as other producers write them: a TrueType font that is not embedded, whose glyph boxes PdfPig takes from the
/// font's whole bounding box (Word's usual output), and a font whose glyphs map to no characters at all.
/// </summary>
public sealed class ProducerFontTests : IDisposable
{
    private static readonly (double X, double Y, double Size, string Text)[] Statement =
    [
        (72, 780, 14, "Co-Chairs' Statement (illustrative)"),
        (72, 740, 10, "1. Reaffirming the Vienna Declaration and Programme of Action, Ministers agreed to"),
        (72, 727, 10, "strengthen regional cooperation on the safe and voluntary return of migrants."),
        (72, 700, 10, "2. Ministers tasked the Ad Hoc Group to report on progress in combating trafficking in"),
        (72, 687, 10, "persons at the next Ministerial Conference."),
    ];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Extract_NonEmbeddedTrueTypeFont_KeepsTheSpacesBetweenWordsAndFindsTheNumbers()
    {
        var document = await IngestAsync("word-like.pdf", RawPdf.Build(RawPdf.NonEmbeddedTrueType(), [Statement]));

        Assert.Equal(["1", "2"], document.Paragraphs.Select(p => p.Number));
        Assert.Equal(
            "Reaffirming the Vienna Declaration and Programme of Action, Ministers agreed to strengthen regional cooperation on the safe and voluntary return of migrants.",
            document.Paragraphs[0].Text);
        Assert.Equal(
            "Ministers tasked the Ad Hoc Group to report on progress in combating trafficking in persons at the next Ministerial Conference.",
            document.Paragraphs[1].Text);
    }

    [Fact]
    public async Task Extract_FontWithNoCharacterMap_IsReportedAsNeedingOcr_NotACrash()
    {
        var unreadable = Statement.Select(l => (l.X, l.Y, l.Size, new string([.. l.Text.Select(c => (char)((c % 26) + 1))]))).ToArray();
        var path = _folder.File("unmapped.pdf");
        await File.WriteAllBytesAsync(path, RawPdf.Build(RawPdf.UnmappedFont(), [unreadable]), TestContext.Current.CancellationToken);

        var (report, document) = await Services.Ingestor().IngestFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Null(document);
        Assert.Equal(FileStatus.Failed, report.Status);
        Assert.Equal(ExtractionFailure.NeedsOcr, report.Failure);
        Assert.Contains("map the glyphs to no characters", report.Error, StringComparison.Ordinal);
    }

    private async Task<Archive.Core.Documents.ArchiveDocument> IngestAsync(string name, byte[] pdf)
    {
        var path = _folder.File(name);
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        var (report, document) = await Services.Ingestor().IngestFileAsync(path, TestContext.Current.CancellationToken);
        return document ?? throw new InvalidOperationException(report.Error);
    }
}
