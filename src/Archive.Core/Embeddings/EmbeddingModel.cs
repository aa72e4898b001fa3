using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Embeddings;

/// <summary>
/// The model vectors come from. Vectors of different models (or lengths) never mix: the key names the file a
/// generation's vectors are stored in.
/// </summary>
public sealed partial record EmbeddingModel(EmbeddingProvider Provider, string Name, int Dimensions, bool Multilingual)
{
    /// <summary>A file-name-safe key, e.g. <c>minilm-all-minilm-l6-v2-384</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{Provider.ToString().ToLowerInvariant()}-{Unsafe().Replace(Name.ToLowerInvariant(), "-")}-{Dimensions}{(Multilingual ? "-ml" : string.Empty)}");

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex Unsafe();
}
