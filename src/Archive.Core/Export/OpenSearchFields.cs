namespace Archive.Core.Export;

/// <summary>
/// Fields an OpenSearch paragraph document has besides those of the Lucene document (<see cref="Indexing.IndexFields"/>,
/// whose names it keeps). The Lucene index leaves them to the library snapshot; an engine answering on its own needs
/// them in the document.
/// </summary>
public static class OpenSearchFields
{
    /// <summary>The id of the aligned paragraph in the other language, when there is one.</summary>
    public const string Counterpart = "counterpart";

    /// <summary>The paragraph's citation in its document's language; stored, not searched.</summary>
    public const string Citation = "citation";

    /// <summary>The paragraph's address on the web page (<see cref="Documents.Permalink"/>); stored, not searched.</summary>
    public const string Permalink = "permalink";

    /// <summary>The paragraph's embedding, when the index generation has one for it.</summary>
    public const string Vector = "vector";
}
