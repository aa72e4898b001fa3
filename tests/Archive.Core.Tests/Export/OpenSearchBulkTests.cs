using System.Text;
using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Export;
using Archive.Core.Indexing;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Export;

/// <summary>The bulk body of the sample corpus: an action and a document per paragraph, with the Lucene document's fields.</summary>
public sealed class OpenSearchBulkTests(SampleCorpusFixture corpus) : IClassFixture<SampleCorpusFixture>
{
    private DocumentLibrary Library => corpus.Result.Library;

    [Fact]
    public async Task WriteAsync_EachParagraph_IsAnIndexActionThenItsDocument()
    {
        var (lines, summary) = await WriteAsync(null);

        Assert.Equal(SampleCorpus.Paragraphs, summary.Paragraphs);
        Assert.Equal(2 * summary.Paragraphs, lines.Count);
        for (var i = 0; i < lines.Count; i += 2)
        {
            var action = lines[i].GetProperty("index");
            Assert.Equal("test-index", action.GetProperty("_index").GetString());
            Assert.Equal(action.GetProperty("_id").GetString(), lines[i + 1].GetProperty(IndexFields.Id).GetString());
        }
    }

    [Fact]
    public async Task WriteAsync_EveryDocument_HasTheFieldsOfItsLuceneDocument()
    {
        var (lines, _) = await WriteAsync(null);
        var documents = lines.Where((_, i) => i % 2 == 1).ToDictionary(d => d.GetProperty(IndexFields.Id).GetString()!, StringComparer.Ordinal);

        foreach (var document in Library.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                var counterpart = paragraph.CounterpartId is { } id ? Library.FindParagraph(id)?.Paragraph : null;
                var lucene = ParagraphDocuments.Create(document, paragraph, counterpart).Fields.Select(f => f.Name).Distinct(StringComparer.Ordinal);
                var exported = documents[paragraph.Id].EnumerateObject().Select(p => p.Name).ToList();
                Assert.All(lucene, field => Assert.Contains(field, exported));
                Assert.Equal(paragraph.Citation, documents[paragraph.Id].GetProperty(OpenSearchFields.Citation).GetString());
                Assert.Equal(Permalink.Of(document, paragraph), documents[paragraph.Id].GetProperty(OpenSearchFields.Permalink).GetString());
            }
        }
    }

    [Fact]
    public async Task WriteAsync_WithVectors_WritesTheVectorOfEachParagraphThatHasOne()
    {
        // Every other English paragraph has a vector of four dimensions: 0.5, 1, 1.5, 2 times its row.
        var english = Library.Documents.Where(d => d.Language == DocumentLanguage.English).SelectMany(d => d.Paragraphs).Where((_, i) => i % 2 == 0).ToList();
        var model = new EmbeddingModel(EmbeddingProvider.MiniLm, "test", 4, Multilingual: false);
        var data = english.SelectMany((_, row) => Enumerable.Range(1, 4).Select(d => row * d * 0.5f)).ToArray();
        var vectors = new ParagraphVectors(model, "gen-test", data, english.Select((p, row) => (p.Id, row)).ToDictionary(x => x.Id, x => x.row, StringComparer.Ordinal));

        var (lines, summary) = await WriteAsync(vectors);

        Assert.Equal(english.Count, summary.WithVectors);
        var withVector = lines.Where((_, i) => i % 2 == 1).Where(d => d.TryGetProperty(OpenSearchFields.Vector, out _)).ToList();
        Assert.Equal(english.Select(p => p.Id), withVector.Select(d => d.GetProperty(IndexFields.Id).GetString()));
        Assert.All(withVector, d => Assert.Equal(
            vectors.Of(d.GetProperty(IndexFields.Id).GetString()!).ToArray(),
            d.GetProperty(OpenSearchFields.Vector).EnumerateArray().Select(v => v.GetSingle())));
    }

    [Fact]
    public async Task WriteAsync_Summary_CountsTheBytesWritten()
    {
        using var output = new StringWriter();

        var summary = await OpenSearchBulk.WriteAsync(output, "test-index", Library, null, TestContext.Current.CancellationToken);

        Assert.Equal(Encoding.UTF8.GetByteCount(output.ToString()), summary.Bytes);
        Assert.EndsWith("}\n", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public async Task WriteAsync_Cancelled_Stops()
    {
        using var output = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            OpenSearchBulk.WriteAsync(output, "test-index", Library, null, new CancellationToken(canceled: true)));
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task WriteAsync_InvalidIndexName_IsRefusedBeforeWriting()
    {
        using var output = new StringWriter();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            OpenSearchBulk.WriteAsync(output, "Test", Library, null, TestContext.Current.CancellationToken));
        Assert.Contains("lower case", refused.Message, StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    private async Task<(List<JsonElement> Lines, BulkExportSummary Summary)> WriteAsync(ParagraphVectors? vectors)
    {
        using var output = new StringWriter();
        var summary = await OpenSearchBulk.WriteAsync(output, "test-index", Library, vectors, TestContext.Current.CancellationToken);
        var lines = output.ToString().Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        return ([.. lines[..^1].Select(l => JsonSerializer.Deserialize<JsonElement>(l))], summary);
    }
}
