using Archive.Core.Extraction;
using Archive.Testing;

namespace Archive.Core.Tests.Drafts;

/// <summary>
/// The illustrative draft is also a file in the repository (<c>corpus/_drafts/illustrative-draft.docx</c>, which
/// ingestion skips), for a reader to try the review with. It must say what <see cref="IllustrativeDraft"/> makes of
/// the corpus today: set ARCHIVE_WRITE_DRAFT=1 to write it again when the sample corpus changes.
/// </summary>
public sealed class IllustrativeDraftFileTests
{
    private static readonly string File = Path.Combine(RepositoryRoot.Corpus, "_drafts", "illustrative-draft.docx");

    [Fact]
    public void CommittedDraft_ReadsAsTheGeneratorMakesIt()
    {
        var made = IllustrativeDraft.Word().ToBytes();
        if (Environment.GetEnvironmentVariable("ARCHIVE_WRITE_DRAFT") == "1")
        {
            System.IO.File.WriteAllBytes(File, made);
        }

        var extractor = new DocxTextExtractor();
        var committed = extractor.Extract(System.IO.File.ReadAllBytes(File), TestContext.Current.CancellationToken);
        var expected = extractor.Extract(made, TestContext.Current.CancellationToken);

        Assert.Equal(expected.Blocks.Select(b => b.Text), committed.Blocks.Select(b => b.Text));
        Assert.Equal(expected.Warnings, committed.Warnings);
    }
}
