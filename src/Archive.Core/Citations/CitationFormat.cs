namespace Archive.Core.Citations;

/// <summary>The forms a citation is exported in.</summary>
public enum CitationFormat
{
    /// <summary>A line of text to paste into a document.</summary>
    Text,

    /// <summary>A BibTeX entry (<c>@misc</c>).</summary>
    BibTex,

    /// <summary>An RIS record (EndNote, Zotero, Mendeley).</summary>
    Ris,

    /// <summary>CSL-JSON: an array with one item (Zotero, Pandoc, citeproc).</summary>
    CslJson,
}
