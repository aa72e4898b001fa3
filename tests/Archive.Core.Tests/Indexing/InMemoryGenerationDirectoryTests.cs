using Archive.Core.Analysis;
using Archive.Core.Indexing;
using Archive.Core.Tests.Support;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Core.Tests.Indexing;

/// <summary>
/// A small generation is served from arrays in memory: the same index as on disk, compound files included, and no way
/// to write to it.
/// </summary>
public sealed class InMemoryGenerationDirectoryTests
{
    [Fact]
    public void AnIndexOfCompoundAndPlainSegments_ReadFromMemory_AnswersAsOnDisk()
    {
        using var folder = new TempDirectory();
        Write(folder.Path);
        using var onDisk = FSDirectory.Open(folder.Path);
        using var inMemory = new InMemoryGenerationDirectory(onDisk);
        Assert.Contains(inMemory.ListAll(), name => name.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Contains(inMemory.ListAll(), name => name.EndsWith(".doc", StringComparison.Ordinal));
        Assert.Equal(onDisk.ListAll().Order(), inMemory.ListAll().Order());

        using var diskReader = DirectoryReader.Open(onDisk);
        using var memoryReader = DirectoryReader.Open(inMemory);
        Assert.Equal(3, memoryReader.Leaves.Count);
        foreach (var word in new[] { "returns", "smuggling", "kerjasama", "paragraph", "seven" })
        {
            var query = new TermQuery(new Term("text", word));
            var expected = new IndexSearcher(diskReader).Search(query, 100);
            var actual = new IndexSearcher(memoryReader).Search(query, 100);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(
                expected.ScoreDocs.Select(d => diskReader.Document(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)),
                actual.ScoreDocs.Select(d => memoryReader.Document(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.True(new IndexSearcher(memoryReader).Search(new TermQuery(new Term("text", "returns")), 1).TotalHits > 100);
    }

    [Fact]
    public void Inputs_ReadTheirOwnPositions_StopAtTheEnd_AndNothingCanBeWritten()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "f"), [.. Enumerable.Range(0, 100).Select(i => (byte)i)]);
        using var onDisk = FSDirectory.Open(folder.Path);
        using var inMemory = new InMemoryGenerationDirectory(onDisk);

        using var input = inMemory.OpenInput("f", IOContext.DEFAULT);
        input.Seek(10);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(10, input.ReadByte());
        Assert.Equal(10, clone.ReadByte());
        using var slicer = inMemory.CreateSlicer("f", IOContext.DEFAULT);
        var slice = slicer.OpenSlice("part", 90, 10);
        Assert.Equal(10, slice.Length);
        var tail = new byte[10];
        slice.ReadBytes(tail, 0, 10);
        Assert.Equal(Enumerable.Range(90, 10).Select(i => (byte)i), tail);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(101));
        Assert.Throws<FileNotFoundException>(() => inMemory.OpenInput("missing", IOContext.DEFAULT));
        Assert.Throws<NotSupportedException>(() => inMemory.CreateOutput("g", IOContext.DEFAULT));
        Assert.Throws<NotSupportedException>(() => inMemory.DeleteFile("f"));
    }

    /// <summary>Three segments: two flushed as compound files, one merged without.</summary>
    private static void Write(string path)
    {
        using var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(ArchiveAnalyzers.Version, new StandardAnalyzer(ArchiveAnalyzers.Version))
        {
            UseCompoundFile = true,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            string[] words = ["returns", "smuggling", "kerjasama", "paragraph", "seven", "regional", "cooperation"];
            for (var segment = 0; segment < 2; segment++)
            {
                for (var i = 0; i < 300; i++)
                {
                    var text = string.Join(' ', Enumerable.Range(0, 1 + (i % 9)).Select(k => words[(i * k + segment) % words.Length]));
                    writer.AddDocument(new Document { new StringField("id", $"{segment}-{i}", Field.Store.YES), new TextField("text", text, Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveAnalyzers.Version, new StandardAnalyzer(ArchiveAnalyzers.Version))
        {
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        }))
        {
            for (var i = 0; i < 200; i++)
            {
                writer.AddDocument(new Document { new StringField("id", $"plain-{i}", Field.Store.YES), new TextField("text", i % 2 == 0 ? "returns seven" : "paragraph", Field.Store.NO) });
            }

            writer.Commit();
        }
    }
}
