using Archive.Core.Indexing;

namespace Archive.Api.Hosting;

/// <summary>
/// Puts the index generation a request is served from into the logging scope, beside the request id and trace id
/// ASP.NET Core adds, so a log line says which index it was written against.
/// </summary>
internal sealed class IndexGenerationLogScope(RequestDelegate next, LiveIndex live, ILogger<IndexGenerationLogScope> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (logger.BeginScope(new Dictionary<string, object?> { ["IndexGeneration"] = live.GenerationName }))
        {
            await next(context);
        }
    }
}
