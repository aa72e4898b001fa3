using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Uploads;

/// <summary>
/// Who changed the corpus, how and when: each write (done or refused) is a structured log event and a line of JSON in
/// <see cref="CorpusLayout.AuditFile"/> inside the corpus folder, so it lives on the volume with what it describes.
/// </summary>
public sealed partial class AuditLog(IOptions<CorpusOptions> corpus, TimeProvider clock, ILogger<AuditLog> logger) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly SemaphoreSlim _file = new(1, 1);

    public string Path => System.IO.Path.Combine(corpus.Value.Path, CorpusLayout.AuditFile);

    public async Task<AuditEntry> RecordAsync(
        string actor, string action, string? documentId, string outcome, string? sha256, string? file, long? bytes, string? detail)
    {
        var entry = new AuditEntry(clock.GetUtcNow(), actor, action, documentId, outcome, sha256, file, bytes, detail);
        LogWrite(logger, entry.Actor, entry.Action, entry.DocumentId, entry.Outcome, entry.Sha256);
        var line = JsonSerializer.Serialize(entry, Json) + "\n";
        // The record is written even when the request that asked for it was cancelled.
        await _file.WaitAsync(CancellationToken.None);
        try
        {
            await using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), CancellationToken.None);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            _file.Release();
        }

        return entry;
    }

    /// <summary>
    /// When each uploaded document entered the archive and last changed, by id: its latest add and replacement that
    /// were done, unless a later delete took it out. A bundled document, never uploaded, has none. A line that cannot
    /// be read (a write cut short by a crash) is passed over.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DocumentArrival>> ArrivalsAsync(CancellationToken cancellationToken)
    {
        var arrivals = new Dictionary<string, DocumentArrival>(StringComparer.Ordinal);
        if (!File.Exists(Path))
        {
            return arrivals;
        }

        await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (Read(line) is not { Outcome: "done", DocumentId: { } id } entry)
            {
                continue;
            }

            if (entry.Action == "add")
            {
                arrivals[id] = new DocumentArrival(entry.Time, entry.Time);
            }
            else if (entry.Action == "replace" && arrivals.TryGetValue(id, out var arrival))
            {
                arrivals[id] = arrival with { Changed = entry.Time };
            }
            else if (entry.Action == "delete")
            {
                arrivals.Remove(id);
            }
        }

        return arrivals;
    }

    public void Dispose() => _file.Dispose();

    private static AuditEntry? Read(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditEntry>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "CorpusWrite",
        Message = "Corpus write by {Actor}: {Action} {DocumentId}: {Outcome} (sha256 {Sha256})")]
    private static partial void LogWrite(ILogger logger, string actor, string action, string? documentId, string outcome, string? sha256);
}
