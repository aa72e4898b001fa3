using System.IO.Compression;
using System.Text.Json.Serialization;
using Archive.Contracts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Archive.Api.Hosting;

/// <summary>Host defaults every capability relies on: ProblemDetails for every error, validation, OpenAPI, health, telemetry, compression, security headers, cross-origin access only where configured.</summary>
internal static class ArchiveDefaults
{
    public static WebApplicationBuilder AddArchiveDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            // Errors are keyed by the parameter as the request names it (q, lang), not the C# property (Q, Lang).
            if (context.ProblemDetails is HttpValidationProblemDetails { Errors: var errors } && errors.Keys.Any(k => k != ParameterNames.Rest.Of(k)))
            {
                var named = errors.GroupBy(e => ParameterNames.Rest.Of(e.Key), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);
                errors.Clear();
                foreach (var (key, messages) in named)
                {
                    errors[key] = messages;
                }
            }
            // Kestrel stops reading a body past the limit and the status code page says only "Content Too Large".
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
            {
                context.ProblemDetails.Detail ??= $"a request to this service may carry at most {RequestLimits.MaxBodyBytes} bytes";
            }
        });
        builder.Services.AddExceptionHandler<ArchiveExceptionHandler>();
        builder.Services.AddValidation();
        // Throw binding failures ("conference=abc") so ArchiveExceptionHandler can say which parameter was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Numbers are numbers: the web default also reads "5" for 5, which types every integer as integer-or-string.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ArchiveJsonContext.Default);
        });
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Bali Process Archive API";
            document.Info.Description = "Outcome documents of the Bali Process, paragraph by paragraph, in English and Indonesian, "
                + "with stable ids and citations. Bundled documents are illustrative samples (sample: true), not official text.";
            return Task.CompletedTask;
        }).AddDocumentTransformer<ApiDocumentConventions>());
        builder.AddArchiveTelemetry();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ArchiveAddress>();
        builder.Services.AddOptions<PublicAddressOptions>()
            .BindConfiguration("Archive")
            .Validate(o => PublicAddressOptions.IsValid(o.PublicBaseUrl), "Archive:PublicBaseUrl: an absolute http(s) address with no query or fragment, e.g. https://archive.example.org")
            .ValidateOnStart();
        builder.Services.AddOptions<CrossOriginOptions>()
            .BindConfiguration("Cors")
            .Validate(o => o.AllowedOrigins.All(CrossOriginOptions.IsOrigin), "Cors:AllowedOrigins: each is an origin such as https://www.example.org (scheme and host, no path, no trailing slash)")
            .ValidateOnStart();
        // With no origin listed the policy allows none, and no response carries an Access-Control header.
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, allowed) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. allowed.Value.AllowedOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
            .WithHeaders("Content-Type", "Accept", "Accept-Language")));

        // The Server header tells a scanner which server and version to try; nothing a client needs.
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        });
        // A page of ten hits is tens of kilobytes of JSON: Brotli (its quality 4, where the .NET level "optimal" sits; its
        // fastest level only halves it) or gzip (fastest), whichever the client takes.
        // Over HTTPS too: responses echo no secret a BREACH-style attack could recover.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "image/svg+xml"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        builder.Services.AddHealthChecks()
            .AddCheck<CorpusHealthCheck>("corpus")
            .AddCheck<EmbeddingHealthCheck>("embeddings");
        return builder;
    }

    public static WebApplication MapArchiveDefaults(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseCors();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestHeaderChecks>();
        app.UseMiddleware<IndexGenerationLogScope>();
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("Bali Process Archive API"));
        app.MapGet("/api/about", () => TypedResults.Ok(AboutResponse.Instance))
            .WithName("About")
            .WithTags("Service")
            .WithSummary("What this service is (a constant body).");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithName("Health")
            .WithSummary("Whether the corpus is loaded, with document and failure counts.");
        app.MapArchiveMetrics();
        return app;
    }
}
