using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>What a feed adds to the query it follows: how many entries, and the reader's language for its own labels.</summary>
public sealed record FeedQuery
{
    /// <summary>Entries in a feed when limit is left out.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Most entries in a feed.</summary>
    public const int MaxLimit = 100;

    [Description("Entries in the feed, newest first, 1-100.")]
    [Range(1, MaxLimit, ErrorMessage = "{0} must be between {1} and {2}.")]
    [DefaultValue(DefaultLimit)]
    public int? Limit { get; init; }

    [Description("Language of the feed's own title: en or id (default: the request's Accept-Language, else en). Entries keep their documents' language.")]
    [RegularExpression("^(" + DocumentLanguages.Codes + ")$", ErrorMessage = "{0} must be en or id.")]
    public string? Ui { get; init; }
}
