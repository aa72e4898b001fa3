using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>Every kind of bad file gets its own clear line in the report, and the rest of the corpus still ingests.</summary>
public sealed class BadFileTests : IDisposable
{
    private static readonly string SamplePdf = Path.Combine(RepositoryPaths.Corpus, "bpmc6-2016-declaration-en.pdf");
    private static readonly string EncryptedPdf = Path.Combine(AppContext.BaseDirectory, "Extraction", "Documents", "encrypted.pdf");
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_EmptyFile_FailsAsEmpty()
    {
        var report = await IngestAsync("empty.pdf", []);

        AssertFailed(report, ExtractionFailure.EmptyFile, "the file is empty (0 bytes)");
    }

    [Fact]
    public async Task Ingest_TextFileNamedPdf_FailsAsNotPdf()
    {
        var report = await IngestAsync("letter.pdf", "Dear colleagues, this is not a PDF."u8.ToArray());

        AssertFailed(report, ExtractionFailure.NotPdf, "not a PDF: the file does not start with a %PDF- header (it starts with \"Dear colleagues,\")");
    }

    [Fact]
    public async Task Ingest_CorruptPdf_FailsAsDamaged()
    {
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 4000).Select(i => (byte)((i * 7919) % 251))).ToArray();

        var report = await IngestAsync("corrupt.pdf", bytes);

        AssertFailed(report, ExtractionFailure.Corrupt, "the PDF is damaged and could not be read");
    }

    [Fact]
    public async Task Ingest_TruncatedPdf_IsReportedAndNeverCrashes()
    {
        var whole = await File.ReadAllBytesAsync(SamplePdf, TestContext.Current.CancellationToken);

        var report = await IngestAsync("truncated.pdf", whole[..(whole.Length / 2)]);

        // Half a PDF either fails as damaged or yields what survives with a truncation warning; never a crash.
        if (report.Status == FileStatus.Failed)
        {
            Assert.Equal(ExtractionFailure.Corrupt, report.Failure);
        }
        else
        {
            Assert.Contains(report.Warnings, w => w.Contains("probably truncated", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Ingest_PasswordProtectedPdf_FailsAsEncrypted()
    {
        var report = await IngestAsync("protected.pdf", await File.ReadAllBytesAsync(EncryptedPdf, TestContext.Current.CancellationToken));

        AssertFailed(report, ExtractionFailure.Encrypted, "the PDF is password-protected (encrypted); save an unprotected copy to ingest it");
    }

    [Fact]
    public async Task Ingest_FileOverTheSizeLimit_FailsWithoutBeingRead()
    {
        var bytes = await File.ReadAllBytesAsync(SamplePdf, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(_folder.File("big.pdf"), bytes, TestContext.Current.CancellationToken);

        var result = await Services.Ingestor(maxFileBytes: 10_000).IngestAsync(_folder.Path, null, TestContext.Current.CancellationToken);

        var report = Assert.Single(result.Report.Files);
        AssertFailed(report, ExtractionFailure.TooLarge, "the limit is 0.0 MiB (Extraction:MaxFileBytes)");
    }

    [Fact]
    public async Task Ingest_ImageOnlyPdf_FailsAsNeedingOcrWithItsPages()
    {
        var pdf = new TestPdf();
        TestPdf.Scan(pdf.AddPage());
        TestPdf.Scan(pdf.AddPage());

        var report = await IngestAsync("scan.pdf", pdf.Build());

        AssertFailed(report, ExtractionFailure.NeedsOcr, "needs OCR: no text layer, pages 1, 2 are images only");
    }

    [Fact]
    public async Task Ingest_PdfOverItsTimeBudget_IsStoppedAndReported()
    {
        var pdf = new TestPdf();
        for (var p = 0; p < 150; p++)
        {
            var page = pdf.AddPage();
            for (var line = 0; line < 50; line++)
            {
                pdf.Text(page, "Ministers agreed to cooperate on returns and reintegration across the region.", TestPdf.Left, 780 - (line * 14));
            }
        }

        await File.WriteAllBytesAsync(_folder.File("slow.pdf"), pdf.Build(), TestContext.Current.CancellationToken);
        var result = await Services.Ingestor(timeBudgetSeconds: 0.05).IngestAsync(_folder.Path, null, TestContext.Current.CancellationToken);

        AssertFailed(Assert.Single(result.Report.Files), ExtractionFailure.TimedOut, "took longer than the budget of 0.05 s");
    }

    [Fact]
    public async Task Ingest_CorpusWithBadFiles_StillIngestsTheGoodOnes()
    {
        await File.WriteAllBytesAsync(_folder.File("a-empty.pdf"), [], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_folder.File("b-fake.pdf"), "<html>not a pdf</html>", TestContext.Current.CancellationToken);
        File.Copy(EncryptedPdf, _folder.File("c-encrypted.pdf"));
        File.Copy(SamplePdf, _folder.File("d-good.pdf"));
        await File.WriteAllTextAsync(_folder.File("e-notes.txt"), "", TestContext.Current.CancellationToken);

        var result = await Services.Ingestor().IngestAsync(_folder.Path, null, TestContext.Current.CancellationToken);

        Assert.Equal(["a-empty.pdf", "b-fake.pdf", "c-encrypted.pdf", "d-good.pdf", "e-notes.txt"], result.Report.Files.Select(f => f.Path));
        Assert.Equal(4, result.Report.Failed);
        Assert.False(result.Report.AllIngested);
        var good = Assert.Single(result.Library.Documents);
        Assert.Equal("d-good.pdf", good.Source);
        Assert.Equal(16, good.Paragraphs.Count(p => p.Number is not null));
    }

    [Fact]
    public async Task Ingest_EmptyHtmlPage_FailsAsNoText()
    {
        var report = await IngestAsync("blank.html", "<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"u8.ToArray());

        AssertFailed(report, ExtractionFailure.NoText, "the HTML page contains no text");
    }

    private async Task<FileReport> IngestAsync(string name, byte[] content)
    {
        var path = _folder.File(name);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);
        var (report, _) = await Services.Ingestor().IngestFileAsync(path, TestContext.Current.CancellationToken);
        return report;
    }

    private static void AssertFailed(FileReport report, ExtractionFailure failure, string message)
    {
        Assert.Equal(FileStatus.Failed, report.Status);
        Assert.Equal(failure, report.Failure);
        Assert.Contains(message, report.Error, StringComparison.Ordinal);
    }
}
