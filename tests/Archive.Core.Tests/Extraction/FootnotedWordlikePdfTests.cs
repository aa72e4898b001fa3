using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// A Word-like page from LibreOffice with real footnotes (Documents/footnoted-wordlike.pdf): superscript markers in
/// several paragraphs, notes set smaller under the separator rule Writer draws, one note over two lines.
/// </summary>
public sealed partial class FootnotedWordlikePdfTests : IAsyncLifetime
{
    private const string Name = "footnoted-wordlike";
    private readonly LayoutFixture.Expected _expected = LayoutFixture.Read(Name);
    private ArchiveDocument _document = null!;

    public async ValueTask InitializeAsync() => (_, _document) = await LayoutFixture.IngestAsync(Name);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Extract_Footnotes_AreKeptApartWithTheirMarkersAndTexts()
    {
        Assert.Equal(
            _expected.Footnotes.Select(f => (f.Marker, f.Text)),
            _document.Footnotes.Select(f => (f.Marker, f.Text)));
        Assert.All(_document.Footnotes, f => Assert.Equal(1, f.Page));
    }

    [Fact]
    public void Extract_NoteOverTwoLines_IsOneNote()
    {
        var longest = _expected.Footnotes.MaxBy(f => f.Text.Length)!;

        var note = Assert.Single(_document.Footnotes, f => f.Marker == longest.Marker);
        Assert.Equal(longest.Text, note.Text);
    }

    [Fact]
    public void Extract_NoFootnote_IsAParagraphOrInOne()
    {
        Assert.All(_expected.Footnotes, note => Assert.DoesNotContain(_document.Paragraphs, p =>
            p.Text.Contains(note.Text[..30], StringComparison.Ordinal) || note.Text.Contains(p.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_NumberedParagraphs_AreExactlyTheOnesSet()
    {
        Assert.Equal(_expected.Paragraphs.Select(p => p.Number), _document.Paragraphs.Where(p => p.Number is not null).Select(p => p.Number));
        Assert.Equal(_expected.Title, _document.Metadata.Title);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("7")]
    public void Extract_Paragraph_HasTheTextSetWithoutItsMarkers(string number)
    {
        Assert.Equal(_expected.Paragraph(number).Text, LayoutFixture.Numbered(_document, number).Text);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("7")]
    public void Extract_Paragraph_ListsExactlyTheMarkersItCites(string number)
    {
        Assert.Equal(_expected.Paragraph(number).Footnotes, LayoutFixture.Numbered(_document, number).Footnotes ?? []);
    }

    [Fact]
    public void Extract_ParagraphTexts_KeepNoMarkerDigits()
    {
        // Nothing in these texts has a digit of its own, so any digit left is a reference mark glued to a word.
        Assert.All(_document.Paragraphs, p => Assert.DoesNotMatch(Digit(), p.Text));
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
