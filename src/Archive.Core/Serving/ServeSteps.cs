namespace Archive.Core.Serving;

/// <summary>What serving the latest generation does beyond opening it.</summary>
[Flags]
public enum ServeSteps
{
    /// <summary>Open the store's current generation if it is not the one served.</summary>
    Open = 0,

    /// <summary>Load (or embed what lacks) the served generation's paragraph vectors when embeddings are on.</summary>
    Vectors = 1,

    /// <summary>Warm every capability for a generation just swapped in or whose vectors just loaded.</summary>
    Warm = 2,
}
