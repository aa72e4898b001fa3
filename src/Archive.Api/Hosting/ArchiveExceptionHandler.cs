using Archive.Contracts;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Microsoft.AspNetCore.Diagnostics;

namespace Archive.Api.Hosting;

/// <summary>
/// Maps the failures a caller can cause or wait out to ProblemDetails: a malformed request or query → 400 (saying
/// what and where), an index still being built → 503 with Retry-After. Anything else falls through to the default
/// 500 ProblemDetails, without internals.
/// </summary>
internal sealed class ArchiveExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException unbound && BindingFailure.Describe(unbound) is var (parameter, message))
        {
            // Said as a validation problem, as a bad value the service checks itself is.
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = [message] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more validation errors occurred.",
                    Detail = message,
                },
            });
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed", bad.Message),
            QuerySyntaxException syntax => (StatusCodes.Status400BadRequest, SearchQueries.UnreadableTitle, SearchQueries.Describe(syntax)),
            IndexNotReadyException notReady => (StatusCodes.Status503ServiceUnavailable, "The index is not ready", notReady.Message),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        };
        if (exception is QuerySyntaxException { Position: var position })
        {
            // Where the query stops making sense, for a client that marks it in the search box.
            context.ProblemDetails.Extensions["position"] = position;
        }

        return await problemDetails.TryWriteAsync(context);
    }
}
