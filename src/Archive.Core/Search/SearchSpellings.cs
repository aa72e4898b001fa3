namespace Archive.Core.Search;

/// <summary>The API and command-line spellings of <see cref="SearchMode"/> and <see cref="SearchSort"/>.</summary>
public static class SearchSpellings
{
    /// <summary>Every mode's spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Modes = "lexical|hybrid|semantic";

    /// <summary>Every sort's spelling, '|'-separated, for the hosts' validation.</summary>
    public const string Sorts = "relevance|date|date-asc";

    public static string ToCode(this SearchMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>A mode's spelling (any case), or null for none or an unknown one.</summary>
    public static SearchMode? ParseMode(string? code) =>
        Enum.TryParse<SearchMode>(code, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : null;

    public static string ToCode(this SearchSort sort) => sort switch
    {
        SearchSort.Newest => "date",
        SearchSort.Oldest => "date-asc",
        _ => "relevance",
    };

    /// <summary>"date" (newest first), "date-asc" (oldest first); anything else is relevance.</summary>
    public static SearchSort ParseSort(string? code) => code switch
    {
        "date" => SearchSort.Newest,
        "date-asc" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };
}
