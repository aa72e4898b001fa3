namespace Archive.Core.Search;

public static class MatchOrigins
{
    /// <summary>The spelling on the wire and on the command line: "query", "glossary", "learned"; "text", "exact", "counterpart".</summary>
    public static string ToCode(this MatchSource source) => source.ToString().ToLowerInvariant();

    /// <inheritdoc cref="ToCode(MatchSource)"/>
    public static string ToCode(this MatchVia via) => via.ToString().ToLowerInvariant();
}
