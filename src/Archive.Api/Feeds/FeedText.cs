using System.Globalization;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Http.Headers;

namespace Archive.Api.Feeds;

/// <summary>The words a feed says of itself, in English or Indonesian; entries keep their documents' language.</summary>
internal static class FeedText
{
    public static string Archive(DocumentLanguage ui) => ui == DocumentLanguage.Indonesian ? "Arsip Bali Process" : "Bali Process Archive";

    /// <summary>The reader's language: <c>ui</c> when given, else the first of en and id the Accept-Language header prefers, else English.</summary>
    public static DocumentLanguage Language(FeedQuery feed, RequestHeaders headers)
    {
        if (feed.Ui is not null)
        {
            return DocumentLanguages.Parse(feed.Ui);
        }

        var preferred = headers.AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => DocumentLanguages.Parse(l.Value.Value?.Split('-')[0]))
            .FirstOrDefault(l => l != DocumentLanguage.Unknown);
        return preferred == DocumentLanguage.Unknown ? DocumentLanguage.English : preferred;
    }

    /// <summary>"Bali Process Archive: search “returns” (Declaration; in English; 2016–2020)".</summary>
    public static string Search(SearchQuery query, DocumentLanguage ui)
    {
        var indonesian = ui == DocumentLanguage.Indonesian;
        var filters = new List<string>();
        if (DocumentTypes.TryParse(query.Type, out var type))
        {
            filters.Add(type.DisplayName(ui));
        }

        if (query.Conference is int conference)
        {
            filters.Add(ConferenceNames.Name(conference, ui));
        }

        if (DocumentLanguages.Parse(query.Lang) is var language and not DocumentLanguage.Unknown)
        {
            filters.Add(InLanguage(language, ui));
        }

        if (query.From is not null || query.To is not null)
        {
            filters.Add(string.Create(CultureInfo.InvariantCulture, $"{query.From}–{query.To}"));
        }

        var followed = indonesian ? $"pencarian “{query.Q}”" : $"search “{query.Q}”";
        return Titled(ui, followed, filters);
    }

    /// <summary>"Bali Process Archive: commitments, Returns and reintegration (in English)".</summary>
    public static string Commitments(CommitmentListQuery query, TopicVocabulary topics, DocumentLanguage ui)
    {
        var indonesian = ui == DocumentLanguage.Indonesian;
        var filters = new List<string>();
        if (query.Topic is not null && topics.Find(query.Topic) is { } topic)
        {
            filters.Add(indonesian ? topic.Indonesian : topic.English);
        }

        if (query.Q is not null)
        {
            filters.Add($"“{query.Q}”");
        }

        if (query.Conference is int conference)
        {
            filters.Add(ConferenceNames.Name(conference, ui));
        }

        if (query.Lang is not null)
        {
            filters.Add(InLanguage(DocumentLanguages.Parse(query.Lang), ui));
        }

        return Titled(ui, indonesian ? "komitmen" : "commitments", filters);
    }

    /// <summary>"Bali Process Archive: lineage of bpmc6-2016-cochairs-en/p5/c1".</summary>
    public static string Lineage(string commitmentId, DocumentLanguage ui) =>
        Titled(ui, ui == DocumentLanguage.Indonesian ? $"silsilah {commitmentId}" : $"lineage of {commitmentId}", []);

    private static string Titled(DocumentLanguage ui, string followed, List<string> filters) =>
        $"{Archive(ui)}: {followed}" + (filters.Count > 0 ? $" ({string.Join("; ", filters)})" : string.Empty);

    private static string InLanguage(DocumentLanguage language, DocumentLanguage ui) => (ui, language) switch
    {
        (DocumentLanguage.Indonesian, DocumentLanguage.Indonesian) => "dalam bahasa Indonesia",
        (DocumentLanguage.Indonesian, _) => "dalam bahasa Inggris",
        (_, DocumentLanguage.Indonesian) => "in Indonesian",
        _ => "in English",
    };
}
