using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// Three pages from LibreOffice (Documents/page-break-running-head.pdf) with a running header (symbol and short
/// title) and a "Page N of M" footer, where a numbered paragraph runs across each page break mid-sentence.
/// </summary>
public sealed partial class PageBreakRunningHeadPdfTests : IAsyncLifetime
{
    private const string Name = "page-break-running-head";
    private readonly LayoutFixture.Expected _expected = LayoutFixture.Read(Name);
    private ArchiveDocument _document = null!;

    public async ValueTask InitializeAsync() => (_, _document) = await LayoutFixture.IngestAsync(Name);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("7")]
    [InlineData("8")]
    [InlineData("9")]
    public void Extract_Paragraph_IsWholeWithTheTextSet(string number)
    {
        Assert.Equal(_expected.Paragraph(number).Text, LayoutFixture.Numbered(_document, number).Text);
    }

    [Fact]
    public void Extract_ParagraphsAcrossPageBreaks_StandOnBothPages()
    {
        var broken = _expected.Paragraphs.Where(p => p.Pages!.Count > 1).ToList();

        Assert.Equal(2, broken.Count);
        Assert.All(_expected.Paragraphs, p => Assert.Equal(p.Pages!, LayoutFixture.Numbered(_document, p.Number).Pages));
    }

    [Fact]
    public void Extract_NumberedParagraphs_AreExactlyTheOnesSet_AndNothingElseIsAParagraph()
    {
        Assert.Equal(_expected.Paragraphs.Select(p => p.Number), _document.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Extract_RunningHeaderAndFooter_AreInNoParagraphOrSectionName()
    {
        Assert.All(_document.Paragraphs, p => Assert.All(new[] { p.Text, p.Section ?? string.Empty }, text =>
        {
            Assert.DoesNotContain("S/2031/99", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Illustrative review of maritime cooperation", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(PageLabel(), text);
        }));
    }

    [Fact]
    public void Extract_Sections_AreTheHeadingsSet()
    {
        Assert.All(_expected.Paragraphs, p => Assert.Equal(p.Section, LayoutFixture.Numbered(_document, p.Number).Section));
    }

    [Fact]
    public void Extract_Title_IsTheTitleNotTheRunningHead()
    {
        Assert.Equal(_expected.Title, _document.Metadata.Title);
    }

    [GeneratedRegex(@"\bPage\s+\d+\s+of\s+\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageLabel();
}
