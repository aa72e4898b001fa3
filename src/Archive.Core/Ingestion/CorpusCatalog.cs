using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Ingestion;

/// <summary>The documents <c>catalog.json</c> describes, keyed by their path relative to the corpus folder.</summary>
public sealed class CorpusCatalog
{
    /// <summary>The catalog's file name inside the corpus folder.</summary>
    public const string FileName = "catalog.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, CatalogEntry> _entries;

    private CorpusCatalog(Dictionary<string, CatalogEntry> entries, string? error)
    {
        _entries = entries;
        Error = error;
    }

    /// <summary>Why the catalog could not be read, or null when it was read (or there is none).</summary>
    public string? Error { get; }

    public IReadOnlyCollection<CatalogEntry> Entries => _entries.Values;

    /// <summary>Reads the catalog of a corpus folder; a missing catalog is empty, a malformed one is empty with an <see cref="Error"/>.</summary>
    public static async Task<CorpusCatalog> LoadAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(corpusDirectory, FileName);
        if (!File.Exists(path))
        {
            return new CorpusCatalog([], null);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var document = await JsonSerializer.DeserializeAsync<CatalogFile>(stream, JsonOptions, cancellationToken);
            var entries = (document?.Documents ?? [])
                .Where(e => !string.IsNullOrWhiteSpace(e.File))
                .ToDictionary(e => Normalize(e.File), StringComparer.Ordinal);
            return new CorpusCatalog(entries, null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or IOException)
        {
            return new CorpusCatalog([], $"{FileName} could not be read ({ex.Message}); metadata is inferred from the documents' text");
        }
    }

    public CatalogEntry? Find(string relativePath) => _entries.GetValueOrDefault(Normalize(relativePath));

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    private sealed record CatalogFile([property: JsonPropertyName("documents")] List<CatalogEntry>? Documents);
}
