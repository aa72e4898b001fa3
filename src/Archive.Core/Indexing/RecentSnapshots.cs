namespace Archive.Core.Indexing;

/// <summary>
/// The library snapshots of the last generations this process built or opened, by generation name, so that a build
/// starts from the served generation's documents and the live index opens a just-built generation without reading
/// its <c>library.json</c> back: at thousands of documents, parsing it costs seconds an upload should not wait for.
/// Two are kept, the served one and the newest; a generation's files stay the truth, read when it is not here.
/// </summary>
public sealed class RecentSnapshots
{
    private const int Kept = 2;

    private readonly System.Threading.Lock _gate = new();
    private readonly LinkedList<(string Generation, LibrarySnapshot Snapshot)> _recent = new();

    public void Remember(string generation, LibrarySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            Forget(generation);
            _recent.AddFirst((generation, snapshot));
            while (_recent.Count > Kept)
            {
                _recent.RemoveLast();
            }
        }
    }

    /// <summary>The generation's snapshot, read from its file unless it is one of the recent ones.</summary>
    public async Task<LibrarySnapshot> LoadAsync(IndexGeneration generation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generation);
        lock (_gate)
        {
            foreach (var (name, snapshot) in _recent)
            {
                if (name == generation.Name)
                {
                    return snapshot;
                }
            }
        }

        var loaded = await LibrarySnapshot.LoadAsync(generation.LibraryPath, cancellationToken);
        Remember(generation.Name, loaded);
        return loaded;
    }

    private void Forget(string generation)
    {
        for (var node = _recent.First; node is not null; node = node.Next)
        {
            if (node.Value.Generation == generation)
            {
                _recent.Remove(node);
                return;
            }
        }
    }
}
