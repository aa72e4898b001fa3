using Archive.Api.Hosting;
using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Api.Feeds;

/// <summary>What a feed says of itself.</summary>
/// <param name="Self">The feed's own absolute address, which is also its id: the same search is the same feed.</param>
/// <param name="Title">What is followed, in <paramref name="Language"/>.</param>
/// <param name="Language">The reader's language, for the feed's own labels.</param>
/// <param name="Updated">When its newest entry changed; the index generation's time when it has none.</param>
internal sealed record FeedHeader(Uri Self, string Title, DocumentLanguage Language, DateTimeOffset Updated)
{
    /// <summary>The header of the feed a request asked for, with its entries, from one served generation.</summary>
    public static FeedHeader For(HttpRequest request, ArchiveAddress address, string title, DocumentLanguage language, IReadOnlyList<FeedEntry> entries, ServedGeneration served) =>
        new(address.Of(request.Path + request.QueryString), title, language, entries.Count > 0 ? entries.Max(e => e.Updated) : served.Manifest.BuiltAt);
}
