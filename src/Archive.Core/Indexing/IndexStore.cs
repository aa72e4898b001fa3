using System.Globalization;

namespace Archive.Core.Indexing;

/// <summary>
/// The index folder: generations side by side and a <c>current</c> file naming the one in use. A reader never
/// sees half an index: a generation is written completely first, then the pointer is replaced by an atomic
/// rename. Old generations are deleted once two newer ones exist.
/// </summary>
public sealed class IndexStore
{
    private const string PointerFile = "current";
    private const string GenerationPrefix = "gen-";

    public IndexStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>The generation the pointer names, or null when there is none (or it is incomplete).</summary>
    public IndexGeneration? Current()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        var generation = new IndexGeneration(Path.Combine(Root, name));
        return name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && File.Exists(generation.ManifestPath) ? generation : null;
    }

    /// <summary>A new, empty generation folder (not yet current).</summary>
    public IndexGeneration CreateGeneration(DateTimeOffset now)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{GenerationPrefix}{now.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}")[..40];
        var generation = new IndexGeneration(Path.Combine(Root, name));
        Directory.CreateDirectory(generation.Directory);
        return generation;
    }

    /// <summary>Makes a complete generation current with an atomic rename, then prunes all but the two newest.</summary>
    public void Activate(IndexGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        var temporary = Path.Combine(Root, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, generation.Name);
        File.Move(temporary, Path.Combine(Root, PointerFile), overwrite: true);
        Prune(keep: generation.Name);
    }

    private void Prune(string keep)
    {
        var stale = Directory.EnumerateDirectories(Root, GenerationPrefix + "*")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != keep)
            .OrderDescending(StringComparer.Ordinal)
            .Skip(1);
        foreach (var name in stale)
        {
            try
            {
                Directory.Delete(Path.Combine(Root, name), recursive: true);
            }
            catch (IOException)
            {
                // A reader may still hold files of an old generation; the next build prunes it.
            }
        }
    }
}
