using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Core.Indexing;

/// <summary>
/// The ingested documents and the ingest report, saved with an index generation so that a service starting on a
/// fresh index serves documents without ingesting the corpus again.
/// </summary>
public sealed record LibrarySnapshot(IReadOnlyList<ArchiveDocument> Documents, IngestReport Report)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, this, JsonOptions, cancellationToken);
    }

    public static async Task<LibrarySnapshot> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<LibrarySnapshot>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no library");
    }

    internal static JsonSerializerOptions Json => JsonOptions;
}
