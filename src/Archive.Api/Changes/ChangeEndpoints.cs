using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Indexing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Changes;

/// <summary>
/// <c>/api/changes</c>: what was taken up, resumed, strengthened, weakened or dropped from one meeting (or date) to
/// another; <c>/api/meetings</c>: the meetings it can compare.
/// </summary>
internal static class ChangeEndpoints
{
    public static RouteGroupBuilder MapChanges(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Commitments");
        group.MapGet("/changes", GetChanges)
            .WithName("GetChanges")
            .WithSummary("Every lineage mentioned at either of two meetings (conference numbers, dates, document or meeting ids), as new, resumed, strengthened, weakened, dropped or reaffirmed, with its clause at each.")
            .ProducesValidationProblem()
            // ChangeQueries validates, in the names of every caller: not ASP.NET's validation, which would check twice.
            .DisableValidation();
        group.MapGet("/meetings", ListMeetings)
            .WithName("ListMeetings")
            .WithSummary("Every meeting of the archive in date order: Ministerial Conferences and the other meetings its dated documents come from.");
        return group;
    }

    private static Results<Ok<ChangesResponse>, ValidationProblem> GetChanges([AsParameters] ChangesQuery query, ChangeQueries changes)
    {
        var answer = changes.Compare(query, ParameterNames.Rest);
        return answer.Response is { } response ? TypedResults.Ok(response) : answer.Problems.ToValidationProblem();
    }

    private static Ok<IReadOnlyList<MeetingResponse>> ListMeetings(LiveIndex index) =>
        TypedResults.Ok<IReadOnlyList<MeetingResponse>>([.. index.Library.Meetings.Meetings.Select(m => m.ToResponse())]);
}
