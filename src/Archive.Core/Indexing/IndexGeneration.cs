using System.Text.Json;
using Archive.Core.Translation;

namespace Archive.Core.Indexing;

/// <summary>
/// One complete, immutable build of the index in its own folder: the Lucene index, the library snapshot, the
/// translation lexicon learned from its aligned paragraphs and the manifest. A new build is a new generation; the
/// store's pointer switches to it atomically when it is complete.
/// </summary>
public sealed record IndexGeneration(string Directory)
{
    public string Name => Path.GetFileName(Directory);

    public string LucenePath => Path.Combine(Directory, "lucene");

    public string LibraryPath => Path.Combine(Directory, "library.json");

    public string LexiconPath => Path.Combine(Directory, TranslationLexicon.FileName);

    public string ManifestPath => Path.Combine(Directory, "manifest.json");

    /// <summary>The generation's manifest, or null when it is missing or unreadable.</summary>
    public async Task<IndexManifest?> ReadManifestAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(ManifestPath);
            return await JsonSerializer.DeserializeAsync<IndexManifest>(stream, LibrarySnapshot.Json, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }
}
