using Archive.Contracts;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Conferences;

/// <summary><c>/api/conferences</c>: the Ministerial Conferences the archive has documents of, oldest first.</summary>
internal static class ConferenceEndpoints
{
    public static RouteGroupBuilder MapConferences(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/conferences").WithTags("Conferences");
        group.MapGet("/", ListConferences)
            .WithName("ListConferences")
            .WithSummary("Each Ministerial Conference with its date, place and documents, oldest first.");
        return group;
    }

    private static Ok<IReadOnlyList<ConferenceResponse>> ListConferences(LiveIndex index)
    {
        IReadOnlyList<ConferenceResponse> conferences = [.. index.Library.Documents
            .Where(d => d.Metadata.Conference is not null)
            .GroupBy(d => d.Metadata.Conference!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new ConferenceResponse(
                g.Key,
                ConferenceNames.Name(g.Key, DocumentLanguage.English),
                ConferenceNames.Name(g.Key, DocumentLanguage.Indonesian),
                g.Select(d => d.Metadata.Date).OfType<PartialDate>().OrderBy(d => d.Start).Select(d => d.ToString()).LastOrDefault(),
                g.Select(d => d.Metadata.Place).FirstOrDefault(p => p is not null),
                [.. g.Select(d => d.ToSummary())]))];
        return TypedResults.Ok(conferences);
    }
}
