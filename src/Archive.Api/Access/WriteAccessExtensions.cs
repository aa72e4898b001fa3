using System.Globalization;
using System.Threading.RateLimiting;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Archive.Api.Access;

/// <summary>
/// Writes to the corpus are for key holders (<see cref="ApiKeyAuthenticationHandler"/>) and limited per key
/// (<see cref="WriteAccessOptions.WritesPerMinute"/>); reads stay open. An endpoint asks for both with <see cref="RequireWriteAccess"/>.
/// </summary>
internal static class WriteAccessExtensions
{
    private const string Policy = "archive-write";

    public static WebApplicationBuilder AddWriteAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WriteAccessOptions>()
            .BindConfiguration("Archive")
            .ValidateDataAnnotations()
            .Validate(o => o.ApiKeys.All(k => ApiKeys.Problem(k) is null),
                "Archive:ApiKeys: every entry is name:secret, the name letters, digits, '-', '_' or '.', the secret at least "
                + $"{ApiKeys.MinimumSecretLength} characters")
            .Validate(o => o.ApiKeys.Select(k => k[..Math.Max(0, k.IndexOf(':', StringComparison.Ordinal))]).Distinct().Count() == o.ApiKeys.Count,
                "Archive:ApiKeys: two keys have the same name; the audit log could not tell them apart")
            .ValidateOnStart();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton<PendingWrites>();
        // The API reference says which operations need the key, and where it goes.
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeys.Header,
                Description = "A key from Archive:ApiKeys (its secret part); adding, replacing and removing documents need one.",
            };
            return Task.CompletedTask;
        }));
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser());
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<WriteAccessOptions>>().Value.WritesPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.User.Identity?.Name ?? string.Empty, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    public static WebApplication UseWriteAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Only key holders, and at most so many writes a minute per key.</summary>
    public static TBuilder RequireWriteAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policy).RequireRateLimiting(Policy).AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
            });
            return Task.CompletedTask;
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<WriteAccessOptions>>().Value.WritesPerMinute;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many writes",
            $"The key \"{http.User.Identity?.Name}\" may make {limit} writes a minute (Archive:WritesPerMinute); try again in {seconds} s.");
    }
}
