using Archive.Core.Indexing;

namespace Archive.Api.Hosting;

/// <summary>
/// Puts the index generation a request is served from into the logging scope, beside the request id and trace id
/// ASP.NET Core adds, so a log line says which index it was written against: "IndexGeneration:gen-…" on the console,
/// the field IndexGeneration for a structured exporter.
/// </summary>
internal sealed class IndexGenerationLogScope(RequestDelegate next, LiveIndex live, ILogger<IndexGenerationLogScope> logger)
{
    private static readonly Func<ILogger, string?, IDisposable?> Scope = LoggerMessage.DefineScope<string?>("IndexGeneration:{IndexGeneration}");

    public async Task InvokeAsync(HttpContext context)
    {
        using (Scope(logger, live.GenerationName))
        {
            await next(context);
        }
    }
}
