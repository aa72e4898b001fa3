using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Hosting;

/// <summary>
/// Refuses, before any endpoint reads it, a request whose headers the framework would throw on (a 500) rather than
/// refuse: a body in a charset .NET does not know is a 415 ProblemDetails naming it, and a Host header that is not a
/// host name (an empty punycode label, "xn--") a 400.
/// </summary>
internal sealed class RequestHeaderChecks(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!IsHostName(context.Request.Headers.Host.ToString()))
        {
            return RefuseAsync(context, StatusCodes.Status400BadRequest, "The request is malformed", "the Host header is not a host name.");
        }

        // MediaTypeHeaderValue.Encoding is null for a charset Encoding.GetEncoding refuses; the JSON reader throws on it.
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            && !StringSegment.IsNullOrEmpty(mediaType.Charset) && mediaType.Encoding is null)
        {
            return RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "The request's charset is not supported",
                $"charset \"{mediaType.Charset}\" is not an encoding this service reads; send UTF-8.");
        }

        return next(context);
    }

    // Kestrel lets "xn--" through, and HttpRequest.Host (read by the citation permalinks and the OpenAPI document)
    // throws ArgumentException on it; there is no Try form to ask instead.
    private static bool IsHostName(string host)
    {
        try
        {
            _ = HostString.FromUriComponent(host);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Task RefuseAsync(HttpContext context, int status, string title, string detail) =>
        ProblemResponse.WriteAsync(context, status, title, detail);
}
