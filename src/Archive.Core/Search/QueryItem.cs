namespace Archive.Core.Search;

/// <summary>A word, or a quoted phrase whose words must stand together in this order.</summary>
public sealed record QueryItem(IReadOnlyList<string> Words, bool IsPhrase)
{
    public string Display => IsPhrase ? $"\"{string.Join(' ', Words)}\"" : Words[0];
}
