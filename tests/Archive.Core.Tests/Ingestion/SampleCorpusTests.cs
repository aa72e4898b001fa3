using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Ingestion;

/// <summary>The bundled corpus end to end: generated files against the sources they were generated from.</summary>
public sealed partial class SampleCorpusTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    [Fact]
    public void Ingest_SampleCorpus_IngestsEveryFileWithoutWarnings()
    {
        var report = corpus.Result.Report;

        Assert.Equal(SampleCorpus.Entries.Select(d => d.File).Order(StringComparer.Ordinal), report.Files.Select(f => f.Path));
        // The sample web page's own title and dateline are its cover; the report says so even where the catalog gives both.
        Assert.All(report.Files, f => Assert.True(
            f.Status == FileStatus.Ingested || (f.Format == "html" && f.Warnings.All(w => w.StartsWith("read from the cover: ", StringComparison.Ordinal))),
            $"{f.Path}: {f.Error} {string.Join("; ", f.Warnings)}"));
        Assert.Empty(report.CorpusWarnings);
        Assert.True(report.Files.Count >= 16);
    }

    [Fact]
    public void Ingest_SampleCorpus_HasEveryFormatAndBothLanguages()
    {
        var documents = corpus.Result.Library.Documents;

        Assert.Contains(documents, d => d.Format == "pdf");
        Assert.Contains(documents, d => d.Format == "html");
        Assert.Contains(documents, d => d.Format == "text");
        Assert.All([DocumentLanguage.English, DocumentLanguage.Indonesian], language =>
        {
            Assert.Contains(documents, d => d.Language == language);
            Assert.Equal(SampleCorpus.DocumentsIn(language), documents.Count(d => d.Language == language));
        });
        Assert.All(documents, d => Assert.True(d.Metadata.Sample));
        Assert.All(documents, d => Assert.Matches("Illustrative|Ilustratif", d.Metadata.Title));
    }

    [Fact]
    public async Task Catalog_SampleCorpus_GivesEveryDocumentTheBaliProcessAsIssuer()
    {
        var catalog = await CorpusCatalog.LoadAsync(RepositoryPaths.Corpus, TestContext.Current.CancellationToken);

        Assert.All(catalog.Entries, e => Assert.Equal(Issuers.BaliProcess, e.Issuer));
        Assert.All(corpus.Result.Library.Documents, d => Assert.Equal(Issuers.BaliProcess, d.Metadata.Issuer));
    }

    [Fact]
    public void Extraction_EverySampleDocument_MatchesItsSourceParagraphs()
    {
        var identical = 0;
        var total = 0;
        var mismatches = new List<string>();
        foreach (var document in corpus.Result.Library.Documents)
        {
            var expected = SourceDocument.ExpectedParagraphs(SourcePath(document));
            var actual = document.Paragraphs.ToDictionary(p => p.Anchor, p => SourceDocument.Normalize(p.Text));
            var documentIdentical = 0;
            foreach (var (anchor, text) in expected)
            {
                if (actual.TryGetValue(anchor, out var got) && got == SourceDocument.Normalize(text))
                {
                    documentIdentical++;
                }
                else
                {
                    mismatches.Add($"{document.Id}#{anchor}: expected «{SourceDocument.Normalize(text)}» got «{got}»");
                }
            }

            Assert.Equal(expected.Count, document.Paragraphs.Count);
            Assert.True(documentIdentical >= 0.98 * expected.Count, $"{document.Id}: {documentIdentical}/{expected.Count}\n{string.Join("\n", mismatches)}");
            identical += documentIdentical;
            total += expected.Count;
        }

        Assert.True(identical >= 0.98 * total, $"{identical}/{total} identical\n{string.Join("\n", mismatches)}");
    }

    [Fact]
    public void Extraction_SamplePdfs_KeepNoRunningHeaderFooterOrPageNumberInParagraphs()
    {
        foreach (var paragraph in corpus.Result.Library.Documents.Where(d => d.Format == "pdf").SelectMany(d => d.Paragraphs))
        {
            Assert.DoesNotContain("Illustrative sample, not an official text", paragraph.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Contoh ilustratif, bukan teks resmi", paragraph.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(PageFooter(), paragraph.Text);
        }
    }

    [Fact]
    public void Extraction_SamplePdfs_KeepParagraphsThatCrossAPageBreakWhole()
    {
        var crossing = corpus.Result.Library.Documents.Where(d => d.Format == "pdf")
            .SelectMany(d => d.Paragraphs.Where(p => p.Pages.Count == 2).Select(p => (d, p)))
            .ToList();

        Assert.True(crossing.Count >= 10, $"only {crossing.Count} paragraphs cross a page break");
        foreach (var (document, paragraph) in crossing)
        {
            var expected = SourceDocument.ExpectedParagraphs(SourcePath(document))[paragraph.Anchor];
            Assert.Equal(SourceDocument.Normalize(expected), SourceDocument.Normalize(paragraph.Text));
        }
    }

    [Fact]
    public void Pairing_EverySampleDocument_HasItsCounterpartAlignedParagraphByParagraph()
    {
        var library = corpus.Result.Library;
        foreach (var document in library.Documents)
        {
            var counterpart = library.FindDocument(document.CounterpartId ?? string.Empty);
            Assert.NotNull(counterpart);
            Assert.Equal(document.Language.Other(), counterpart.Language);
            Assert.All(document.Paragraphs, p =>
            {
                var other = library.FindParagraph(p.CounterpartId ?? string.Empty);
                Assert.NotNull(other);
                Assert.Equal(p.Anchor, other.Value.Paragraph.Anchor);
                Assert.Equal(p.Id, other.Value.Paragraph.CounterpartId);
            });
        }
    }

    [Fact]
    public async Task Ingest_Twice_GivesTheSameIdsAndCitations()
    {
        var again = await Services.Ingestor().IngestAsync(RepositoryPaths.Corpus, null, TestContext.Current.CancellationToken);

        var first = corpus.Result.Library.Documents.SelectMany(d => d.Paragraphs).Select(p => (p.Id, p.Citation, p.CounterpartId));
        var second = again.Library.Documents.SelectMany(d => d.Paragraphs).Select(p => (p.Id, p.Citation, p.CounterpartId));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Provenance_PdfParagraphs_KnowTheirPages()
    {
        var document = corpus.Result.Library.FindDocument("bpmc6-2016-cochairs-en")!;

        Assert.Equal("bpmc6-2016-cochairs-en.pdf", document.Source);
        Assert.All(document.Paragraphs, p => Assert.NotEmpty(p.Pages));
        Assert.Equal([1], document.Paragraphs[0].Pages);
        Assert.Equal(document.PageCount, document.Paragraphs[^1].Pages[^1]);
    }

    [Fact]
    public void Citation_SampleParagraph_ReadsInTheDocumentsLanguage()
    {
        var library = corpus.Result.Library;

        Assert.Equal(
            "Co-Chairs' Statement (illustrative sample), Sixth Ministerial Conference of the Bali Process, Nusa Dua, Bali, 23 March 2016, para. 4",
            library.FindParagraph("bpmc6-2016-cochairs-en/p4")!.Value.Paragraph.Citation);
        Assert.Equal(
            "Pernyataan Ketua Bersama (contoh ilustratif), Konferensi Tingkat Menteri Bali Process ke-6, Nusa Dua, Bali, 23 Maret 2016, paragraf 4",
            library.FindParagraph("bpmc6-2016-cochairs-id/p4")!.Value.Paragraph.Citation);
        Assert.EndsWith("Attachment A, para. 2", library.FindParagraph("bpmc4-2011-rcf-en/A-p2")!.Value.Paragraph.Citation, StringComparison.Ordinal);
        Assert.EndsWith("Lampiran A, paragraf 2", library.FindParagraph("bpmc4-2011-rcf-id/A-p2")!.Value.Paragraph.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_Attachments_RestartNumberingUnderTheirOwnAnchors()
    {
        var document = corpus.Result.Library.FindDocument("bpmc8-2023-strategy-en")!;

        var attachment = document.Paragraphs.Where(p => p.Attachment == "A").ToList();
        Assert.NotEmpty(attachment);
        Assert.Equal("1", attachment[0].Number);
        Assert.All(attachment, p => Assert.StartsWith("A-p", p.Anchor, StringComparison.Ordinal));
        Assert.StartsWith("Attachment A", attachment[0].Section, StringComparison.Ordinal);
    }

    private static string SourcePath(ArchiveDocument document) => SampleCorpus.SourcePath(document.Source);

    [GeneratedRegex(@"\b(?:Page|Halaman)\s+\d+\s+(?:of|dari)\s+\d+")]
    private static partial Regex PageFooter();
}
