using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Microsoft.Extensions.Options;

namespace Archive.Core.Commitments;

/// <summary>
/// With <see cref="CommitmentOptions.WarmAtStart"/>, extracts and links the commitments of a newly served generation
/// off the request path (again, with the embedding signal, once its vectors are loaded), so no request waits for it.
/// </summary>
public sealed class CommitmentWarmer(CommitmentCatalogCache catalogs, ParagraphVectorStore vectors, IOptions<CommitmentOptions> options) : IGenerationWarmer
{
    // What the catalog was last warmed for: the served vectors, or the library when there are none.
    private object? _warmed;

    public Task WarmAsync(ServedGeneration generation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generation);
        var key = (object?)vectors.For(generation.Name) ?? generation.Library;
        if (options.Value.WarmAtStart && !ReferenceEquals(Interlocked.Exchange(ref _warmed, key), key))
        {
            _ = Task.Run(() => catalogs.For(generation), CancellationToken.None);
        }

        return Task.CompletedTask;
    }
}
