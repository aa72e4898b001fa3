using System.Globalization;
using System.Text.Json;
using Archive.Core.Export;
using Archive.Core.Indexing;
using Archive.Testing;

namespace Archive.Cli.Tests;

/// <summary><c>archive export</c> of the sample corpus: a bulk body OpenSearch can load into the index the mapping creates.</summary>
public sealed class ExportCommandTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private IEnumerable<JsonElement> Actions => export.BulkLines.Where((_, i) => i % 2 == 0).Select(Parse);

    private IEnumerable<JsonElement> Documents => export.BulkLines.Where((_, i) => i % 2 == 1).Select(Parse);

    private JsonElement Properties => export.Mapping.GetProperty("mappings").GetProperty("properties");

    [Fact]
    public void Bulk_EveryLine_IsJsonAndActionsAlternateWithTheirDocuments()
    {
        Assert.Equal(0, export.Bulk.ExitCode);
        Assert.Equal(2 * SampleCorpus.Paragraphs, export.BulkLines.Count);
        Assert.All(Actions, a => Assert.Equal(OpenSearchIndexName.Default, a.GetProperty("index").GetProperty("_index").GetString()));
        Assert.Equal(Actions.Select(Id), Documents.Select(d => d.GetProperty(IndexFields.Id).GetString()));
        Assert.All(Documents, d => Assert.False(d.TryGetProperty("index", out _)));
    }

    [Fact]
    public void Bulk_Ids_AreTheIndexsParagraphIdsEachOnce()
    {
        var ids = Actions.Select(Id).ToList();

        Assert.Equal(SampleCorpus.Paragraphs, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(export.LuceneIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bulk_DocumentFields_AreDeclaredInTheMappingWithACompatibleType()
    {
        var properties = Properties;

        foreach (var document in Documents)
        {
            foreach (var field in document.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(field.Name, out var declared), $"{field.Name} is not in the mapping");
                var type = declared.GetProperty("type").GetString();
                Assert.True(Compatible(field.Value, declared), $"{Id(document)}: {field.Name} = {field.Value.GetRawText()[..Math.Min(40, field.Value.GetRawText().Length)]} does not fit a {type}");
            }
        }
    }

    [Fact]
    public void Bulk_Vectors_HaveTheMappingsDimension()
    {
        var dimension = Properties.GetProperty(OpenSearchFields.Vector).GetProperty("dimension").GetInt32();

        Assert.Equal(384, dimension);
        // The bundled model is on: every paragraph has a vector, an Indonesian one its English counterpart's.
        Assert.All(Documents, d => Assert.Equal(dimension, d.GetProperty(OpenSearchFields.Vector).GetArrayLength()));
    }

    [Fact]
    public void Bulk_Summary_CountsParagraphsVectorsAndBytes()
    {
        var bytes = new FileInfo(export.BulkPath).Length;

        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"Exported {SampleCorpus.Paragraphs} paragraphs of gen-"),
            export.Bulk.Error,
            StringComparison.Ordinal);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"({SampleCorpus.Paragraphs} with vectors, {bytes} bytes) for OpenSearch index {OpenSearchIndexName.Default}, to {export.BulkPath}"),
            export.Bulk.Error,
            StringComparison.Ordinal);
        Assert.Empty(export.Bulk.Output);
    }

    [Fact]
    public async Task Bulk_ToStandardOutput_WritesTheSameLinesUnderTheIndexNameGiven()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "opensearch-bulk", "--index", export.Index, "--out", "-", "--index-name", "archive-test");

        Assert.Equal(0, run.ExitCode);
        var expected = string.Join('\n', export.BulkLines).Replace($"\"_index\":\"{OpenSearchIndexName.Default}\"", "\"_index\":\"archive-test\"", StringComparison.Ordinal) + "\n";
        Assert.Equal(expected, run.Output);
        Assert.Contains("to standard output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_Printed_IsAKnnIndexForTheBundledModel()
    {
        Assert.Equal("true", export.Mapping.GetProperty("settings").GetProperty("index").GetProperty("knn").GetRawText());
        Assert.Equal("minilm-all-minilm-l6-v2-384", export.Mapping.GetProperty("mappings").GetProperty("_meta").GetProperty("embedding_model").GetString());
        Assert.Equal("strict", export.Mapping.GetProperty("mappings").GetProperty("dynamic").GetString());
    }

    private static JsonElement Parse(string line) => JsonSerializer.Deserialize<JsonElement>(line);

    private static string Id(JsonElement action) =>
        action.TryGetProperty("index", out var index) ? index.GetProperty("_id").GetString()! : action.GetProperty(IndexFields.Id).GetString()!;

    /// <summary>Whether OpenSearch would take the value into a field of the declared type without converting it.</summary>
    private static bool Compatible(JsonElement value, JsonElement declared) => declared.GetProperty("type").GetString() switch
    {
        "keyword" or "text" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        // strict_date||strict_year_month||strict_year
        "date" => value.ValueKind == JsonValueKind.String
            && new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" }.Any(f => DateTime.TryParseExact(value.GetString(), f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)),
        "knn_vector" => value.ValueKind == JsonValueKind.Array
            && value.GetArrayLength() == declared.GetProperty("dimension").GetInt32()
            && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number),
        _ => false,
    };
}
