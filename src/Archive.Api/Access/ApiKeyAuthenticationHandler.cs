using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Archive.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Archive.Api.Access;

/// <summary>
/// Authenticates a request by its <c>X-Api-Key</c> header; the identity is the key's name. A request without a key or
/// with a wrong one is challenged with a 401 ProblemDetails; when no key is configured at all, with a 403 that says how
/// to turn writes on. The key itself is never logged.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeys keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var presented) || presented.Count != 1 || string.IsNullOrEmpty(presented[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (keys.Match(presented[0]!) is not { } name)
        {
            return Task.FromResult(AuthenticateResult.Fail("the API key matches none configured"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var (status, title, detail) = (keys.Any, result.Failure) switch
        {
            (false, _) => (StatusCodes.Status403Forbidden, "Writes are off",
                "This service has no API key configured, so documents cannot be added, replaced or removed over HTTP. "
                + "Configure one as name:secret in Archive:ApiKeys (e.g. environment Archive__ApiKeys__0=secretariat:<at least "
                + $"{ApiKeys.MinimumSecretLength} characters>) and send the secret in the {ApiKeys.Header} header."),
            (true, null) => (StatusCodes.Status401Unauthorized, "An API key is needed",
                $"Adding, replacing and removing documents needs an API key in the {ApiKeys.Header} header."),
            _ => (StatusCodes.Status401Unauthorized, "The API key is not valid",
                $"The key in the {ApiKeys.Header} header matches none this service has."),
        };
        if (status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeys.Header}\"";
        }

        await ProblemResponse.WriteAsync(Context, status, title, detail);
    }
}
