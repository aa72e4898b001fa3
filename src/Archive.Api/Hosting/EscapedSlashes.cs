namespace Archive.Api.Hosting;

/// <summary>
/// Paragraph and commitment ids hold slashes (<c>bpmc6-2016-cochairs-en/p4</c>). A client generated from the API
/// document escapes a path parameter as one segment (RFC 6570), sending <c>%2F</c>, which the server leaves escaped
/// in the path; a person types the slashes. Each id route takes both, and reads the id here.
/// </summary>
internal static class EscapedSlashes
{
    /// <summary>The description of an id path parameter that may hold escaped slashes.</summary>
    public const string Description = "The id; its slashes as they are, or escaped as %2F as generated clients send them.";

    public static string Unescape(string routeValue) => routeValue.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
