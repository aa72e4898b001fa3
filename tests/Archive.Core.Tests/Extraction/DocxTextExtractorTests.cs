using System.IO.Compression;
using Archive.Core.Extraction;
using Archive.Testing;
using static Archive.Testing.WordFile;

namespace Archive.Core.Tests.Extraction;

public sealed class DocxTextExtractorTests
{
    private readonly DocxTextExtractor _extractor = new();

    [Fact]
    public void Extract_WordListNumbering_GivesTheNumbersWordPrints()
    {
        var file = new WordFile()
            .Styled("Title", "Illustrative Draft Statement")
            .Numbered(0, "Ministers met in Bali.")
            .Numbered(0, "Ministers agreed:")
            .Numbered(1, "to meet again;")
            .Numbered(1, "to report.")
            .Numbered(2, "in writing.")
            .Styled("Heading1", "Returns")
            .Numbered(0, "Ministers thanked the hosts.")
            .Numbered(2, 0, new Run("A second list restarts."));

        var blocks = _extractor.Extract(file.ToBytes(), CancellationToken.None).Blocks;

        Assert.Equal(
            ["Illustrative Draft Statement", "1. Ministers met in Bali.", "2. Ministers agreed:", "(a) to meet again;", "(b) to report.",
             "(i) in writing.", "Returns", "3. Ministers thanked the hosts.", "1. A second list restarts."],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_TitleAndHeadingStyles_AreMarked()
    {
        var file = new WordFile().Styled("Title", "Illustrative Draft").Styled("Heading1", "Overview").Plain("Body text here.");

        var blocks = _extractor.Extract(file.ToBytes(), CancellationToken.None).Blocks;

        Assert.True(blocks[0].Style.HasFlag(BlockStyle.Title));
        Assert.True(blocks[0].Style.HasFlag(BlockStyle.Centered) && blocks[0].Style.HasFlag(BlockStyle.Bold) && blocks[0].Style.HasFlag(BlockStyle.Large));
        Assert.True(blocks[1].Style.HasFlag(BlockStyle.Heading));
        Assert.Equal(BlockStyle.None, blocks[2].Style);
    }

    [Fact]
    public void Extract_Footnotes_AreNumberedInCitationOrderAndKeptApart()
    {
        var file = new WordFile()
            .Numbered(0, new Run("Ministers welcomed the report"), new Run("An illustrative report of 2016.", RunKind.Footnote), new Run(" and the plan."))
            .Numbered(0, new Run("Officials met twice"), new Run("Once in Bali, once online.", RunKind.Footnote), new Run("."));

        var extracted = _extractor.Extract(file.ToBytes(), CancellationToken.None);

        Assert.Equal(["1. Ministers welcomed the report and the plan.", "2. Officials met twice."], extracted.Blocks.Select(b => b.Text));
        Assert.Equal(["1"], extracted.Blocks[0].NoteRefs);
        Assert.Equal(["2"], extracted.Blocks[1].NoteRefs);
        Assert.Equal([("1", "An illustrative report of 2016."), ("2", "Once in Bali, once online.")], extracted.Footnotes.Select(f => (f.Marker, f.Text)));
    }

    [Fact]
    public void Extract_TrackedChanges_AreReadAsAcceptedAndSaidSo()
    {
        var file = new WordFile()
            .Numbered(0, new Run("Ministers "), new Run("decided", RunKind.Deleted), new Run("encouraged", RunKind.Inserted), new Run(" members to share data."));

        var extracted = _extractor.Extract(file.ToBytes(), CancellationToken.None);

        Assert.Equal("1. Ministers encouraged members to share data.", Assert.Single(extracted.Blocks).Text);
        Assert.Contains(extracted.Warnings, w => w.Contains("tracked changes (1 insertions, 1 deletions)", StringComparison.Ordinal) && w.Contains("accepted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_IndonesianText_IsKept()
    {
        var file = new WordFile().Numbered(0, "Para Menteri menyambut baik laporan Kantor Dukungan Regional.");

        Assert.Equal("1. Para Menteri menyambut baik laporan Kantor Dukungan Regional.", Assert.Single(_extractor.Extract(file.ToBytes(), CancellationToken.None).Blocks).Text);
    }

    [Fact]
    public void Extract_PackageTitle_IsTheCoverTitle()
    {
        var file = new WordFile { Title = "Illustrative Draft Co-Chairs' Statement" }.Plain("Ministers met.");

        Assert.Equal("Illustrative Draft Co-Chairs' Statement", _extractor.Extract(file.ToBytes(), CancellationToken.None).Cover?.Title);
    }

    [Fact]
    public void Extract_DamagedFiles_FailWithTheirReason()
    {
        var good = new WordFile().Plain("Ministers met.").ToBytes();

        var truncated = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract(good[..(good.Length / 2)], CancellationToken.None));
        var encrypted = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], CancellationToken.None));
        var empty = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract(new WordFile().Plain("  ").ToBytes(), CancellationToken.None));
        var otherZip = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract(ZipWith("notes.txt"), CancellationToken.None));

        Assert.Equal(ExtractionFailure.Corrupt, truncated.Failure);
        Assert.Equal(ExtractionFailure.Encrypted, encrypted.Failure);
        Assert.Equal(ExtractionFailure.NoText, empty.Failure);
        Assert.Equal(ExtractionFailure.Corrupt, otherZip.Failure);
        Assert.Contains("Word", otherZip.Message, StringComparison.Ordinal);
    }

    private static byte[] ZipWith(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("not a document");
        }

        return stream.ToArray();
    }
}
