namespace Archive.Contracts;

/// <summary>
/// A meeting of the process: a Ministerial Conference, or any other dated meeting (senior officials, the Steering
/// Group, a forum, a working group), known by its document and that document's version in the other language.
/// </summary>
/// <param name="Id">"bpmc6" for a conference; otherwise its documents' work key. <c>GET /api/changes</c> takes either.</param>
/// <param name="Name">Its name in English: the conference's, else its document's short title or title.</param>
/// <param name="NameId">Its name in Indonesian.</param>
/// <param name="Conference">The conference's number; null for any other meeting.</param>
/// <param name="Date">The earliest date of its documents, ISO 8601 at the precision known.</param>
/// <param name="Type">For a meeting other than a conference, its document's type ("co-chairs-statement", "declaration").</param>
/// <param name="Documents">The ids of its documents.</param>
public sealed record MeetingResponse(string Id, string Name, string NameId, int? Conference, string? Date, string? Type, IReadOnlyList<string> Documents);
