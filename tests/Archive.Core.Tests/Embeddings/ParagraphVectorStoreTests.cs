using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Archive.Core.Documents;
using Archive.Testing;

namespace Archive.Core.Tests.Embeddings;

/// <summary>The bundled model end to end (a real ONNX run), and vectors reused across rebuilds.</summary>
public sealed class ParagraphVectorStoreTests
{
    [Fact]
    public async Task Rebuild_UnchangedText_EmbedsNothing_AndAnEditedParagraph_IsEmbeddedAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus))
        {
            File.Copy(file, Path.Combine(corpus.Path, Path.GetFileName(file)));
        }

        await using var services = Services.Build(embeddings: "minilm");
        var builder = services.GetRequiredService<IndexBuilder>();
        var store = new IndexStore(index.Path);

        var first = await builder.BuildAsync(corpus.Path, store, null, ct);
        // Only the English paragraphs are embedded: each Indonesian one shares its counterpart's vector.
        var english = SampleCorpus.ParagraphsIn(DocumentLanguage.English);
        Assert.Equal(SampleCorpus.Paragraphs, first.Manifest.Paragraphs);
        Assert.NotNull(first.Vectors);
        Assert.Equal(english, first.Vectors.Embedded);
        Assert.Equal(0, first.Vectors.Reused);
        Assert.True(File.Exists(ParagraphVectorStore.PathOf(first.Generation.Directory, first.Vectors.Vectors.Model)));
        Assert.Equal("minilm-all-minilm-l6-v2-384", first.Vectors.Vectors.Model.Key);

        // Every Indonesian paragraph shares its English counterpart's vector.
        Assert.Equal(first.Manifest.Paragraphs, first.Vectors.Vectors.Count);
        Assert.True(first.Vectors.Vectors.Of("bpmc6-2016-cochairs-id/p5").SequenceEqual(first.Vectors.Vectors.Of("bpmc6-2016-cochairs-en/p5")));

        var second = await builder.BuildAsync(corpus.Path, store, null, ct);
        Assert.NotEqual(first.Generation.Name, second.Generation.Name);
        Assert.Equal(0, second.Vectors!.Embedded);
        Assert.Equal(english, second.Vectors.Reused);

        var html = Path.Combine(corpus.Path, "bpmc3-2009-cochairs-en.html");
        var text = await File.ReadAllTextAsync(html, ct);
        await File.WriteAllTextAsync(html, text.Replace("co-chaired by Indonesia and Australia", "co-chaired jointly by Indonesia and Australia", StringComparison.Ordinal), ct);
        var third = await builder.BuildAsync(corpus.Path, store, null, ct);
        Assert.Equal(1, third.Vectors!.Embedded);
        Assert.Equal(english - 1, third.Vectors.Reused);
    }

    [Fact]
    public async Task MiniLm_Paraphrases_AreCloserThanUnrelatedText()
    {
        await using var services = Services.Build(embeddings: "minilm");
        var embeddings = services.GetRequiredService<EmbeddingService>();
        var model = await embeddings.ReadyModelAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(model);
        Assert.Equal(384, model.Dimensions);

        var vectors = await embeddings.EmbedAsync(
            ["sending people home safely", "voluntary return and sustainable reintegration of migrants", "budget of the regional support office"],
            TestContext.Current.CancellationToken);
        static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
        Assert.Equal(1.0, Cosine(vectors[0], vectors[0]), 3);
        Assert.True(Cosine(vectors[0], vectors[1]) > Cosine(vectors[0], vectors[2]) + 0.1);
    }
}
