using Archive.Core.Uploads;

namespace Archive.Api.Documents;

/// <summary>One write and how far it has got.</summary>
internal sealed class PendingWrite(string ticket, string action, string? documentId, DateTimeOffset started, TimeProvider clock)
{
    public string Ticket { get; } = ticket;

    public string Action { get; } = action;

    /// <summary>The document named in the request (replace, delete); an added one's id is known when it is done.</summary>
    public string? DocumentId { get; } = documentId;

    public DateTimeOffset Started { get; } = started;

    public DateTimeOffset? Ended { get; private set; }

    public Task<CorpusChange> Completion { get; private set; } = null!;

    /// <summary>Whether the write ends within <paramref name="wait"/>.</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, clock, timeout.Token);
        var first = await Task.WhenAny(Completion, delay);
        await timeout.CancelAsync();
        return first == Completion;
    }

    public void Run(Func<Task<CorpusChange>> write)
    {
        Completion = Task.Run(async () =>
        {
            try
            {
                return await write();
            }
            finally
            {
                Ended = clock.GetUtcNow();
            }
        });
    }
}
