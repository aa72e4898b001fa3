using System.Diagnostics;

namespace Archive.Core.Extraction;

/// <summary>
/// The wall-clock budget of extracting one file (<c>Extraction:FileTimeBudgetSeconds</c>). A page read by OCR has a
/// budget of its own, so the file's clock stops while one is read (<see cref="Pause"/>).
/// </summary>
public sealed class ExtractionBudget : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly TimeSpan _limit;
    private readonly Stopwatch _spent = new();

    /// <summary>Starts the clock: <see cref="Token"/> is cancelled once <paramref name="limit"/> is spent, or with <paramref name="cancellationToken"/>.</summary>
    public ExtractionBudget(TimeSpan limit, CancellationToken cancellationToken)
    {
        _limit = limit;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _source.CancelAfter(limit);
        _spent.Start();
    }

    private ExtractionBudget()
    {
    }

    /// <summary>No limit: for a caller that times nothing (a benchmark, a test of one extractor).</summary>
    public static ExtractionBudget Unlimited { get; } = new();

    /// <summary>Cancelled when the budget is spent or the caller cancels.</summary>
    public CancellationToken Token => _source?.Token ?? CancellationToken.None;

    /// <summary>Stops the clock until the returned handle is disposed.</summary>
    public IDisposable Pause()
    {
        if (_source is null)
        {
            return new Paused(null);
        }

        _spent.Stop();
        _source.CancelAfter(Timeout.InfiniteTimeSpan);
        return new Paused(this);
    }

    public void Dispose() => _source?.Dispose();

    private void Resume()
    {
        _spent.Start();
        var left = _limit - _spent.Elapsed;
        _source!.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    private sealed class Paused(ExtractionBudget? budget) : IDisposable
    {
        public void Dispose() => budget?.Resume();
    }
}
