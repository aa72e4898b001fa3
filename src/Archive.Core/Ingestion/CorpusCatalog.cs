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

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
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

    /// <summary>
    /// Reads the catalogs of a corpus folder: its own <c>catalog.json</c> and one in any subfolder (the uploads keep
    /// theirs), each naming files relative to its folder. A missing catalog is empty; a malformed one is skipped with an
    /// <see cref="Error"/>.
    /// </summary>
    public static async Task<CorpusCatalog> LoadAsync(string corpusDirectory, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var path in CorpusLayout.CatalogFiles(corpusDirectory))
        {
            var folder = CorpusLayout.Relative(corpusDirectory, Path.GetDirectoryName(path)!);
            var prefix = folder == "." ? string.Empty : folder + "/";
            try
            {
                foreach (var entry in await ReadAsync(path, cancellationToken))
                {
                    var file = prefix + Normalize(entry.File);
                    entries[file] = entry with { File = file };
                }
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or IOException)
            {
                errors.Add($"{prefix}{FileName} could not be read ({ex.Message}); metadata is inferred from the documents' text");
            }
        }

        return new CorpusCatalog(entries, errors.Count == 0 ? null : string.Join("; ", errors));
    }

    /// <summary>The entries of one catalog file, with their paths as written (relative to its folder).</summary>
    public static async Task<IReadOnlyList<CatalogEntry>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var document = await JsonSerializer.DeserializeAsync<CatalogFile>(stream, JsonOptions, cancellationToken);
        return [.. (document?.Documents ?? []).Where(e => !string.IsNullOrWhiteSpace(e.File))];
    }

    /// <summary>
    /// Writes one catalog file so that a reader (or a crash) sees either the old file or the new one: written beside it,
    /// flushed to disk, then renamed over it.
    /// </summary>
    public static async Task WriteAsync(string path, IEnumerable<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                await JsonSerializer.SerializeAsync(stream, new CatalogFile([.. entries]), WriteOptions, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public CatalogEntry? Find(string relativePath) => _entries.GetValueOrDefault(Normalize(relativePath));

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    private sealed record CatalogFile([property: JsonPropertyName("documents")] List<CatalogEntry>? Documents);
}
