using System.Globalization;

namespace Archive.Core.Indexing;

/// <summary>
/// The index folder: generations side by side and a <c>current</c> file naming the one in use. A reader never
/// sees half an index: a generation is written completely first, then the pointer is replaced by an atomic
/// rename. Each switch deletes the older generations except the one it replaced (a server may still be reading it),
/// so a folder a killed build left half-written (no manifest) goes with the next build.
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

    /// <summary>
    /// Makes a complete generation current with an atomic rename, then deletes the generations older than it except
    /// the one it replaced.
    /// </summary>
    public void Activate(IndexGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        var replaced = Current()?.Name;
        var temporary = Path.Combine(Root, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, generation.Name);
        File.Move(temporary, Path.Combine(Root, PointerFile), overwrite: true);
        Prune(generation.Name, replaced);
    }

    private void Prune(string current, string? replaced)
    {
        // Names sort by creation time; a newer folder than the current one is a build still running.
        var stale = Directory.EnumerateDirectories(Root, GenerationPrefix + "*")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => string.CompareOrdinal(name, current) < 0 && name != replaced);
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
