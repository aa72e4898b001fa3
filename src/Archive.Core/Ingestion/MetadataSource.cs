namespace Archive.Core.Ingestion;

/// <summary>Where a document's metadata (type, conference, date, place, title) came from.</summary>
public enum MetadataSource
{
    /// <summary>Its entry in the corpus's <c>catalog.json</c>.</summary>
    Catalog,

    /// <summary>Read from its own opening text, for a file the catalog does not list.</summary>
    Inferred,
}
