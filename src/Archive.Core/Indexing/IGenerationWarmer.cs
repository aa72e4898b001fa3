namespace Archive.Core.Indexing;

/// <summary>
/// Readies what a capability derives from a newly served generation (or from its vectors, once loaded) before the
/// first request asks for it. Implemented by each capability; <c>IndexServing</c> calls them all.
/// </summary>
public interface IGenerationWarmer
{
    Task WarmAsync(ServedGeneration generation, CancellationToken cancellationToken);
}
