namespace Archive.Api.Hosting;

/// <summary>
/// A refusal written by middleware (not an endpoint's result): a ProblemDetails, or, to a client whose Accept header
/// takes no JSON, the same title and detail as plain text. The status is what counts; a writer that throws because the
/// client accepts nothing it writes would turn the refusal into a 500.
/// </summary>
internal static class ProblemResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
        if (!written)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"{title}: {detail}", context.RequestAborted);
        }
    }
}
