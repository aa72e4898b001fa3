using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Archive.Api.Assistants;

/// <summary>
/// The archive's absolute address for citations: the host an MCP request came to, as the cite endpoint does, or,
/// for an in-process Semantic Kernel call with no request, the first address the server listens on.
/// </summary>
internal sealed class ArchiveAddress(IHttpContextAccessor http, IServer server)
{
    public Uri Of(string path)
    {
        if (http.HttpContext?.Request is { } request)
        {
            return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}");
        }

        // A wildcard binding (http://+:8080) is no address to cite: fall back to localhost.
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return new Uri(Uri.TryCreate(listening, UriKind.Absolute, out var address) ? address : new Uri("http://localhost"), path);
    }
}
