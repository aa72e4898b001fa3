using System.Text.Json.Nodes;
using Archive.Core.Analysis;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;

namespace Archive.Core.Export;

/// <summary>
/// The body of the OpenSearch request that creates an index like ours (<c>PUT /{index}</c>): settings with the
/// archive's analyzers and the mappings of the paragraph documents <see cref="OpenSearchBulk"/> writes. The fixed parts
/// (filter types, analyzer chains in Lucene's order) come from the <c>Resources/opensearch-index.json</c> template; the
/// word lists are filled in from <see cref="ArchiveAnalyzers"/> and its resources, so the two engines cannot drift apart
/// when a list changes.
/// </summary>
public static class OpenSearchMapping
{
    public const string EnglishAnalyzer = "archive_english";
    public const string IndonesianAnalyzer = "archive_indonesian";
    public const string ExactAnalyzer = "archive_exact";

    /// <summary>Formats <see cref="IndexFields.DateSort"/> takes: <see cref="Documents.PartialDate"/> at any precision.</summary>
    public const string DateFormats = "strict_date||strict_year_month||strict_year";

    private const string Template = "opensearch-index.json";
    private const string EnglishStopFilter = "archive_english_stop";
    private const string IndonesianStopFilter = "archive_indonesian_stop";
    private const string ProtectedWordsFilter = "archive_indonesian_protected";

    /// <summary>The index body; with a vector field of the model's dimensions, or without one when <paramref name="model"/> is null.</summary>
    /// <param name="model">The model the paragraph vectors come from; null when the export has no vectors.</param>
    public static JsonObject Create(ArchiveAnalyzers analyzers, EmbeddingModel? model)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        JsonObject index;
        using (var stream = EmbeddedResources.Open(Template))
        {
            index = JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidDataException($"{Template} is empty");
        }

        var settings = Section(index, "settings");
        var filters = Section(Section(settings, "analysis"), "filter");
        Section(filters, EnglishStopFilter)["stopwords"] = Sorted(analyzers.EnglishStopWords);
        Section(filters, IndonesianStopFilter)["stopwords"] = Sorted(analyzers.IndonesianStopWords);
        // The list the Indonesian analyzer protects from its stemmer, read from the same resource.
        Section(filters, ProtectedWordsFilter)["keywords"] = new JsonArray(
            [.. EmbeddedResources.ReadLines(ArchiveAnalyzers.ProtectedIndonesianWords).Distinct(StringComparer.Ordinal).Select(w => JsonValue.Create(w))]);
        if (model is not null)
        {
            Section(settings, "index")["knn"] = true;
        }

        index["mappings"] = Mappings(model);
        return index;
    }

    private static JsonObject Mappings(EmbeddingModel? model)
    {
        var properties = new JsonObject
        {
            [IndexFields.Id] = Type("keyword"),
            [IndexFields.DocumentId] = Type("keyword"),
            [IndexFields.Language] = Type("keyword"),
            [IndexFields.Type] = Type("keyword"),
            [IndexFields.Sample] = Type("boolean"),
            [IndexFields.Paired] = Type("boolean"),
            // Integers, as in Lucene: the service filters conferences and year ranges and counts them as facets.
            [IndexFields.Conference] = Type("integer"),
            [IndexFields.Year] = Type("integer"),
            [IndexFields.Ordinal] = Type("integer"),
            [IndexFields.DateSort] = new JsonObject { ["type"] = "date", ["format"] = DateFormats },
            // A paragraph's own text keeps offsets for highlighting in its postings, as its Lucene field does.
            [IndexFields.TextEnglish] = Text(EnglishAnalyzer, highlighted: true),
            [IndexFields.TextIndonesian] = Text(IndonesianAnalyzer, highlighted: true),
            [IndexFields.Exact] = Text(ExactAnalyzer, highlighted: true),
            [IndexFields.CounterpartEnglish] = Text(EnglishAnalyzer, highlighted: false),
            [IndexFields.CounterpartIndonesian] = Text(IndonesianAnalyzer, highlighted: false),
            [IndexFields.CounterpartExact] = Text(ExactAnalyzer, highlighted: false),
            [OpenSearchFields.Counterpart] = Type("keyword"),
            [OpenSearchFields.Citation] = StoredOnly(),
            [OpenSearchFields.Permalink] = StoredOnly(),
        };
        var mappings = new JsonObject { ["dynamic"] = "strict" };
        if (model is not null)
        {
            // Query vectors must come from the same model: the service reads this before a k-NN query.
            mappings["_meta"] = new JsonObject { ["embedding_model"] = model.Key };
            properties[OpenSearchFields.Vector] = new JsonObject
            {
                ["type"] = "knn_vector",
                ["dimension"] = model.Dimensions,
                // Lucene's HNSW filters during the graph search, as the service filters language, type and years.
                ["method"] = new JsonObject
                {
                    ["name"] = "hnsw",
                    ["space_type"] = "cosinesimil",
                    ["engine"] = "lucene",
                    ["parameters"] = new JsonObject { ["m"] = 16, ["ef_construction"] = 100 },
                },
            };
        }

        mappings["properties"] = properties;
        return mappings;
    }

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonObject Text(string analyzer, bool highlighted)
    {
        var field = new JsonObject { ["type"] = "text", ["analyzer"] = analyzer };
        if (highlighted)
        {
            field["index_options"] = "offsets";
        }

        return field;
    }

    // In _source for the service to show; neither searched nor sorted on.
    private static JsonObject StoredOnly() => new() { ["type"] = "keyword", ["index"] = false, ["doc_values"] = false };

    private static JsonArray Sorted(IEnumerable<string> words) =>
        new([.. words.Order(StringComparer.Ordinal).Select(w => JsonValue.Create(w))]);

    private static JsonObject Section(JsonObject parent, string name) =>
        parent[name] as JsonObject ?? throw new InvalidDataException($"{Template} has no object \"{name}\"");
}
