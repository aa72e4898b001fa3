using System.Text.Json.Nodes;
using Archive.Core.Analysis;
using Archive.Core.Embeddings;
using Archive.Core.Export;
using Archive.Core.Indexing;

namespace Archive.Core.Tests.Export;

/// <summary>The OpenSearch index body reproduces the Lucene analysis, with our word lists, and declares the vector field.</summary>
public sealed class OpenSearchMappingTests : IDisposable
{
    // What OpenSearch itself provides: an analyzer may name these without declaring them.
    private static readonly string[] BuiltInTokenizers = ["standard"];
    private static readonly string[] BuiltInFilters = ["lowercase", "asciifolding"];

    private static readonly EmbeddingModel MiniLm = new(EmbeddingProvider.MiniLm, "all-MiniLM-L6-v2", 384, Multilingual: false);

    private readonly ArchiveAnalyzers _analyzers = new();

    public void Dispose() => _analyzers.Dispose();

    [Fact]
    public void Create_ProtectedWords_AreOurResourceList()
    {
        var keywords = Filter(OpenSearchMapping.Create(_analyzers, null), "keyword_marker")["keywords"]!.AsArray().Select(k => k!.GetValue<string>());

        Assert.Equal(EmbeddedResources.ReadLines(ArchiveAnalyzers.ProtectedIndonesianWords).Order(StringComparer.Ordinal), keywords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_StopWords_AreTheAnalyzersLists()
    {
        var mapping = OpenSearchMapping.Create(_analyzers, null);

        Assert.Equal(_analyzers.EnglishStopWords.Order(StringComparer.Ordinal), StopWords(mapping, OpenSearchMapping.EnglishAnalyzer));
        Assert.Equal(_analyzers.IndonesianStopWords.Order(StringComparer.Ordinal), StopWords(mapping, OpenSearchMapping.IndonesianAnalyzer));
        // Our Indonesian list is Lucene's less the words that carry meaning here ("kerja sama").
        Assert.DoesNotContain("sama", StopWords(mapping, OpenSearchMapping.IndonesianAnalyzer));
        Assert.Contains("yang", StopWords(mapping, OpenSearchMapping.IndonesianAnalyzer));
    }

    [Fact]
    public void Create_Analyzers_ReferenceOnlyDeclaredOrBuiltInFiltersAndTokenizers()
    {
        var analysis = OpenSearchMapping.Create(_analyzers, MiniLm)["settings"]!["analysis"]!.AsObject();
        var declaredFilters = analysis["filter"]!.AsObject().Select(f => f.Key).ToList();
        var declaredTokenizers = analysis["tokenizer"]?.AsObject().Select(t => t.Key).ToList() ?? [];

        foreach (var (name, analyzer) in analysis["analyzer"]!.AsObject())
        {
            Assert.Equal("custom", analyzer!["type"]!.GetValue<string>());
            var tokenizer = analyzer["tokenizer"]!.GetValue<string>();
            Assert.True(declaredTokenizers.Contains(tokenizer) || BuiltInTokenizers.Contains(tokenizer), $"{name}: tokenizer {tokenizer} is not declared");
            foreach (var filter in analyzer["filter"]!.AsArray().Select(f => f!.GetValue<string>()))
            {
                Assert.True(declaredFilters.Contains(filter) || BuiltInFilters.Contains(filter), $"{name}: filter {filter} is not declared");
            }
        }
    }

    [Theory]
    [InlineData(OpenSearchMapping.EnglishAnalyzer, "stemmer:possessive_english lowercase stop porter_stem")]
    [InlineData(OpenSearchMapping.IndonesianAnalyzer, "lowercase stop keyword_marker stemmer:indonesian")]
    [InlineData(OpenSearchMapping.ExactAnalyzer, "lowercase asciifolding")]
    public void Create_AnalyzerChain_IsLucenesInItsOrder(string analyzer, string chain)
    {
        // EnglishAnalyzer: possessives before lower case, Porter last; IndonesianAnalyzer: protected words before the
        // stemmer; the exact analyzer of ArchiveAnalyzers: lower case and ASCII folding, no stemming.
        var mapping = OpenSearchMapping.Create(_analyzers, null);

        Assert.Equal(chain, string.Join(' ', Chain(mapping, analyzer)));
    }

    [Fact]
    public void Create_TextFields_UseTheirLanguagesAnalyzers()
    {
        var properties = Properties(OpenSearchMapping.Create(_analyzers, null));

        Assert.Equal(OpenSearchMapping.EnglishAnalyzer, Analyzer(properties, IndexFields.TextEnglish));
        Assert.Equal(OpenSearchMapping.EnglishAnalyzer, Analyzer(properties, IndexFields.CounterpartEnglish));
        Assert.Equal(OpenSearchMapping.IndonesianAnalyzer, Analyzer(properties, IndexFields.TextIndonesian));
        Assert.Equal(OpenSearchMapping.IndonesianAnalyzer, Analyzer(properties, IndexFields.CounterpartIndonesian));
        Assert.Equal(OpenSearchMapping.ExactAnalyzer, Analyzer(properties, IndexFields.Exact));
        Assert.Equal(OpenSearchMapping.ExactAnalyzer, Analyzer(properties, IndexFields.CounterpartExact));
    }

    [Fact]
    public void Create_WithModel_DeclaresAKnnVectorOfItsDimension()
    {
        var mapping = OpenSearchMapping.Create(_analyzers, MiniLm);

        var vector = Properties(mapping)[OpenSearchFields.Vector]!;
        Assert.Equal("knn_vector", vector["type"]!.GetValue<string>());
        Assert.Equal(384, vector["dimension"]!.GetValue<int>());
        Assert.Equal("hnsw", vector["method"]!["name"]!.GetValue<string>());
        Assert.Equal("cosinesimil", vector["method"]!["space_type"]!.GetValue<string>());
        Assert.True(mapping["settings"]!["index"]!["knn"]!.GetValue<bool>());
        Assert.Equal(MiniLm.Key, mapping["mappings"]!["_meta"]!["embedding_model"]!.GetValue<string>());
    }

    [Fact]
    public void Create_WithoutModel_HasNoVectorFieldAndNoKnn()
    {
        var mapping = OpenSearchMapping.Create(_analyzers, null);

        Assert.False(Properties(mapping).ContainsKey(OpenSearchFields.Vector));
        Assert.False(mapping["settings"]!["index"]!.AsObject().ContainsKey("knn"));
    }

    private static JsonObject Properties(JsonObject mapping) => mapping["mappings"]!["properties"]!.AsObject();

    private static string Analyzer(JsonObject properties, string field) => properties[field]!["analyzer"]!.GetValue<string>();

    private static JsonObject Filter(JsonObject mapping, string type) =>
        mapping["settings"]!["analysis"]!["filter"]!.AsObject().Single(f => f.Value!["type"]!.GetValue<string>() == type).Value!.AsObject();

    private static IEnumerable<string> StopWords(JsonObject mapping, string analyzer)
    {
        var filters = mapping["settings"]!["analysis"]!["filter"]!.AsObject();
        var stop = mapping["settings"]!["analysis"]!["analyzer"]![analyzer]!["filter"]!.AsArray()
            .Select(f => f!.GetValue<string>())
            .Single(f => filters[f]?["type"]?.GetValue<string>() == "stop");
        return filters[stop]!["stopwords"]!.AsArray().Select(w => w!.GetValue<string>());
    }

    /// <summary>The analyzer's filters as "type" or "type:language" (stemmers), built-ins by name.</summary>
    private static IEnumerable<string> Chain(JsonObject mapping, string analyzer)
    {
        var filters = mapping["settings"]!["analysis"]!["filter"]!.AsObject();
        return mapping["settings"]!["analysis"]!["analyzer"]![analyzer]!["filter"]!.AsArray()
            .Select(f => f!.GetValue<string>())
            .Select(f => filters[f] is { } declared
                ? declared["language"] is { } language ? $"{declared["type"]}:{language}" : declared["type"]!.GetValue<string>()
                : f);
    }
}
