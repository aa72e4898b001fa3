using System.Collections.Concurrent;
using Archive.Core.Uploads;

namespace Archive.Api.Documents;

/// <summary>
/// Writes being carried out, by ticket: a write whose index build outlasts <see cref="Access.WriteAccessOptions.WriteWaitSeconds"/>
/// is answered 202 with <c>/api/writes/{ticket}</c> and goes on here, off the request, to its end. Tickets are kept an
/// hour after their write ends. They live in memory: after a restart a committed write is in the archive (the start
/// builds the index it needs) and its ticket is gone.
/// </summary>
internal sealed class PendingWrites(TimeProvider clock, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, PendingWrite> _writes = new(StringComparer.Ordinal);

    /// <summary>Starts a write; it runs to its end whether or not the request that asked for it is still there.</summary>
    /// <param name="write">The write, given the service's stopping token (not the request's).</param>
    public PendingWrite Start(string action, string? documentId, Func<CancellationToken, Task<CorpusChange>> write)
    {
        foreach (var (ticket, old) in _writes)
        {
            if (old.Ended is { } ended && clock.GetUtcNow() - ended > Kept)
            {
                _writes.TryRemove(ticket, out _);
            }
        }

        var pending = new PendingWrite(Guid.NewGuid().ToString("N"), action, documentId, clock.GetUtcNow(), clock);
        pending.Run(() => write(lifetime.ApplicationStopping));
        _writes[pending.Ticket] = pending;
        return pending;
    }

    public PendingWrite? Find(string ticket) => _writes.GetValueOrDefault(ticket);
}
