namespace Archive.Core.Documents;

/// <summary>The language of one version of a document.</summary>
public enum DocumentLanguage
{
    /// <summary>Neither English nor Indonesian could be established.</summary>
    Unknown,
    English,
    Indonesian,
}
