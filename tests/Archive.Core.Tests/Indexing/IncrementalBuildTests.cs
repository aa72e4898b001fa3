using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Indexing;
using Archive.Core.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Indexing;

/// <summary>
/// A build after a change reads only the files that changed and brings the previous generation's index up to date in
/// the new folder; what it serves is what a build reading every file serves: the same documents, report and pairing,
/// and the same terms posting the same paragraphs in every field. The previous generation is left byte for byte.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string English = "bpmc6-2016-cochairs-en.pdf";
    private const string Indonesian = "bpmc6-2016-cochairs-id.pdf";

    private readonly TempDirectory _folder = new();
    private readonly ServiceProvider _services = Services.Build();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Build_AfterATranslationIsAdded_ReadsThatFileAloneAndPairsItAsAFullBuildDoes()
    {
        var corpus = CopyCorpus();
        var aside = _folder.File(Indonesian);
        File.Move(Path.Combine(corpus, Indonesian), aside);
        var store = new IndexStore(_folder.File("index"));
        var first = await BuildAsync(corpus, store);
        var before = Checksums(first.Generation.LucenePath);
        File.Move(aside, Path.Combine(corpus, Indonesian));

        var updated = await BuildAsync(corpus, store);

        Assert.Equal(1, updated.Manifest.FilesRead);
        Assert.Equal(first.Manifest.Documents + 1, updated.Manifest.Documents);
        var english = (await LibrarySnapshot.LoadAsync(updated.Generation.LibraryPath, Cancellation)).Documents.Single(d => d.Id == "bpmc6-2016-cochairs-en");
        Assert.Equal("bpmc6-2016-cochairs-id", english.CounterpartId);
        Assert.All(english.Paragraphs, p => Assert.NotNull(p.CounterpartId));
        Assert.Equal(before, Checksums(first.Generation.LucenePath));
        await AssertSameAsFullBuildAsync(corpus, updated);
    }

    [Fact]
    public async Task Build_AfterFilesAreRemovedChangedAndRecatalogued_ReadsOnlyThoseAndMatchesAFullBuild()
    {
        var corpus = CopyCorpus();
        var store = new IndexStore(_folder.File("index"));
        var first = await BuildAsync(corpus, store);
        File.Delete(Path.Combine(corpus, "bpmc3-2009-cochairs-en.html"));
        await File.AppendAllTextAsync(Path.Combine(corpus, "bpmc4-2011-rcf-id.txt"), "\n\n99. Catatan tambahan tentang kerja sama regional.\n", Cancellation);
        await RetitleAsync(corpus, English, "Illustrative statement, retitled");

        var updated = await BuildAsync(corpus, store);

        Assert.Equal(2, updated.Manifest.FilesRead);
        Assert.Equal(first.Manifest.Documents - 1, updated.Manifest.Documents);
        var library = await LibrarySnapshot.LoadAsync(updated.Generation.LibraryPath, Cancellation);
        Assert.Equal("Illustrative statement, retitled", library.Documents.Single(d => d.Id == "bpmc6-2016-cochairs-en").Metadata.Title);
        await AssertSameAsFullBuildAsync(corpus, updated);
    }

    [Fact]
    public async Task Build_WhenAnAddedFileClaimsATakenId_ReadsEveryFile()
    {
        var corpus = CopyCorpus();
        var store = new IndexStore(_folder.File("index"));
        var first = await BuildAsync(corpus, store);
        // Uncatalogued, the copy is read as the same statement and takes its id.
        File.Copy(Path.Combine(corpus, "bpmc4-2011-rcf-id.txt"), Path.Combine(corpus, "copy-of-rcf.txt"));

        var updated = await BuildAsync(corpus, store);

        Assert.Equal(first.Report.Files.Count + 1, updated.Manifest.FilesRead);
        await AssertSameAsFullBuildAsync(corpus, updated);
    }

    [Fact]
    public async Task Build_Forced_ReadsEveryFileEvenWhenNoneChanged()
    {
        var corpus = CopyCorpus();
        var store = new IndexStore(_folder.File("index"));
        var first = await BuildAsync(corpus, store);

        var unchanged = await BuildAsync(corpus, store);
        var forced = await _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, Cancellation, full: true);

        Assert.Equal(0, unchanged.Manifest.FilesRead);
        Assert.Equal(first.Report.Files.Count, forced.Manifest.FilesRead);
        await AssertSameAsFullBuildAsync(corpus, unchanged);
    }

    private Task<IndexBuildResult> BuildAsync(string corpus, IndexStore store) =>
        _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, Cancellation);

    /// <summary>A build of every file into a store of its own serves what <paramref name="updated"/> serves.</summary>
    private async Task AssertSameAsFullBuildAsync(string corpus, IndexBuildResult updated)
    {
        var full = await _services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, new IndexStore(_folder.File("full-" + Guid.NewGuid().ToString("N"))), null, Cancellation, full: true);

        Assert.Equal(full.Manifest.Corpus.Files.Select(f => (f.Path, f.Sha256, f.Entry)), updated.Manifest.Corpus.Files.Select(f => (f.Path, f.Sha256, f.Entry)));
        Assert.Equal(full.Manifest.Paragraphs, updated.Manifest.Paragraphs);
        Assert.Equal(await LibraryJsonAsync(full), await LibraryJsonAsync(updated));
        Assert.Equal(Postings(full.Generation.LucenePath), Postings(updated.Generation.LucenePath));
    }

    /// <summary>The generation's documents and report, without the time each file took to read.</summary>
    private static async Task<string> LibraryJsonAsync(IndexBuildResult build)
    {
        var library = JsonNode.Parse(await File.ReadAllTextAsync(build.Generation.LibraryPath, Cancellation))!;
        foreach (var line in library["report"]!["files"]!.AsArray())
        {
            line!.AsObject().Remove("elapsed");
        }

        return library.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Every field's every term, with the ids of the live paragraphs it posts, in order.</summary>
    private static List<string> Postings(string lucenePath)
    {
        using var directory = FSDirectory.Open(lucenePath);
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var ids = new string?[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            ids[doc] = liveDocs is null || liveDocs.Get(doc) ? reader.Document(doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        var postings = new List<string>();
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = terms.Docs(liveDocs, null, DocsFlags.NONE);
                var posted = new List<string>();
                for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    posted.Add(ids[doc]!);
                }

                if (posted.Count > 0)
                {
                    posted.Sort(StringComparer.Ordinal);
                    postings.Add($"{field}:{terms.Term.Utf8ToString()} {string.Join(' ', posted)}");
                }
            }
        }

        return postings;
    }

    private static Dictionary<string, string> Checksums(string folder) =>
        System.IO.Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task RetitleAsync(string corpus, string file, string title)
    {
        var path = Path.Combine(corpus, "catalog.json");
        var catalog = JsonNode.Parse(await File.ReadAllTextAsync(path, Cancellation))!;
        var entry = catalog["documents"]!.AsArray().Single(e => (string?)e!["file"] == file)!;
        entry["title"] = title;
        await File.WriteAllTextAsync(path, catalog.ToJsonString(), Cancellation);
    }

    private string CopyCorpus()
    {
        var corpus = System.IO.Directory.CreateDirectory(_folder.File("corpus")).FullName;
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.Corpus))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        return corpus;
    }
}
