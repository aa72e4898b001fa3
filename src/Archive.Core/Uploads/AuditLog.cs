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

    public void Dispose() => _file.Dispose();

    [LoggerMessage(Level = LogLevel.Information, EventName = "CorpusWrite",
        Message = "Corpus write by {Actor}: {Action} {DocumentId}: {Outcome} (sha256 {Sha256})")]
    private static partial void LogWrite(ILogger logger, string actor, string action, string? documentId, string outcome, string? sha256);
}
