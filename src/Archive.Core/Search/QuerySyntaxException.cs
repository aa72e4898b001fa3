namespace Archive.Core.Search;

/// <summary>A query people typed that cannot be searched, with what is wrong and where (0-based character).</summary>
public sealed class QuerySyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
