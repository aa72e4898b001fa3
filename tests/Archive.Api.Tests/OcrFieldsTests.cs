using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>The sample corpus and a scanned copy of two of its pages, which the host reads by OCR at start.</summary>
public sealed class CorpusWithScanFactory : ArchiveApiFactory
{
    protected override IReadOnlyDictionary<string, byte[]> CorpusFiles =>
        new Dictionary<string, byte[]> { ["scanned.pdf"] = File.ReadAllBytes(ScannedFixtures.Scan("en")) };
}

/// <summary>The OCR flag and the mean word confidence (0-1) reach the document and paragraph responses.</summary>
public sealed class OcrFieldsTests(CorpusWithScanFactory api) : IClassFixture<CorpusWithScanFactory>
{
    [Fact]
    public async Task GetDocument_ScannedFile_IsFlaggedWithItsPagesAndConfidence()
    {
        var document = await ScannedDocumentAsync();

        Assert.True(document.GetProperty("ocr").GetBoolean());
        Assert.Equal([1, 2], document.GetProperty("ocrPages").EnumerateArray().Select(p => p.GetInt32()));
        Assert.InRange(document.GetProperty("ocrConfidence").GetDouble(), 0.5, 1);
        Assert.All(document.GetProperty("paragraphs").EnumerateArray(), p =>
        {
            Assert.True(p.GetProperty("ocr").GetBoolean());
            Assert.InRange(p.GetProperty("ocrConfidence").GetDouble(), 0.5, 1);
        });
    }

    [Fact]
    public async Task GetParagraph_ScannedFile_CarriesTheFlagAndConfidence()
    {
        var document = await ScannedDocumentAsync();
        var id = document.GetProperty("paragraphs")[0].GetProperty("id").GetString()!;

        var paragraph = await api.GetJsonAsync<JsonElement>($"/api/paragraphs/{id}");

        Assert.True(paragraph.GetProperty("ocr").GetBoolean());
        Assert.InRange(paragraph.GetProperty("ocrConfidence").GetDouble(), 0.5, 1);
    }

    [Fact]
    public async Task GetDocument_TextLayerFile_IsNotFlagged()
    {
        var document = await api.GetJsonAsync<JsonElement>("/api/documents/bpmc6-2016-cochairs-en");

        Assert.False(document.GetProperty("ocr").GetBoolean());
        Assert.Empty(document.GetProperty("ocrPages").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("ocrConfidence").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("paragraphs")[0].GetProperty("ocrConfidence").ValueKind);
    }

    private async Task<JsonElement> ScannedDocumentAsync()
    {
        var documents = await api.GetJsonAsync<JsonElement[]>("/api/documents");
        var id = documents.Single(d => d.GetProperty("source").GetString() == "scanned.pdf").GetProperty("id").GetString();
        return await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
    }
}
