using Microsoft.AspNetCore.Diagnostics;

namespace Archive.Api.Hosting;

/// <summary>
/// Turns request errors the framework throws (a malformed body or query) into 400 ProblemDetails; anything else
/// falls through to the default 500 ProblemDetails, without internals.
/// </summary>
internal sealed class ArchiveExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = "The request is malformed", Detail = badRequest.Message },
        });
    }
}
