namespace Archive.Api.Hosting;

/// <summary>
/// Headers every response carries: no MIME sniffing, no framing, no referrer to other sites, and a Content Security
/// Policy that allows only this origin's own scripts, styles and API (the page has no inline script or style and
/// loads nothing from elsewhere). The interactive API reference under <c>/scalar</c> is generated with inline script
/// and is left without the policy. Kestrel's <c>Server</c> header is off (<see cref="ArchiveDefaults"/>).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = Policy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
