using Archive.Testing;

namespace Archive.Core.Tests.Extraction.Ocr;

/// <summary>
/// Scanned pages of our own sample PDFs, read by Tesseract, come back as the text layer does: paragraphs numbered
/// 1-5, the same words, each paragraph and the document flagged as OCR'd with a confidence.
/// </summary>
public sealed class ScannedPdfTests(ScannedPdfFixture fixture) : IClassFixture<ScannedPdfFixture>
{
    public static TheoryData<string> Languages => [.. ScannedFixtures.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Ocr_ScannedPages_BringBackParagraphsOneToFiveNumbered(string language)
    {
        var numbered = fixture.Scanned[language].Paragraphs.Where(p => p.Number is not null).Take(5).Select(p => p.Anchor);

        Assert.Equal(ScannedFixtures.Anchors, numbered);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Ocr_ScannedPages_ReadParagraphsOneToFiveAsTheTextLayerHasThem(string language)
    {
        foreach (var anchor in ScannedFixtures.Anchors)
        {
            var expected = fixture.TextLayer[language].Paragraphs.Single(p => p.Anchor == anchor).Text;
            var read = fixture.Scanned[language].Paragraphs.Single(p => p.Anchor == anchor).Text;

            var similarity = TextSimilarity.Of(expected, read);

            Assert.True(similarity >= 0.9, $"{language} {anchor}: similarity {similarity:0.000}\nexpected: {expected}\nread:     {read}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Ocr_ScannedPages_FlagEveryParagraphWithItsConfidence(string language)
    {
        Assert.All(fixture.Scanned[language].Paragraphs, p =>
        {
            Assert.True(p.Ocr);
            Assert.InRange(p.OcrConfidence!.Value, 0.5, 1);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Ocr_ScannedPages_FlagTheDocumentAndNameItsPages(string language)
    {
        var document = fixture.Scanned[language];

        Assert.True(document.Ocr);
        Assert.Equal([1, 2], document.OcrPages);
        Assert.InRange(document.OcrConfidence!.Value, 0.5, 1);
        Assert.Contains(document.Warnings, w => w.StartsWith("pages 1, 2 have no readable text layer and were read by OCR (mean word confidence 0.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Ocr_TextLayerPages_AreNotFlagged(string language)
    {
        var document = fixture.TextLayer[language];

        Assert.False(document.Ocr);
        Assert.Empty(document.OcrPages!);
        Assert.All(document.Paragraphs, p => Assert.Null(p.OcrConfidence));
    }
}
