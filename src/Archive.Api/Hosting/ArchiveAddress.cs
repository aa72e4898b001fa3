using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// The archive's absolute address, for citations and the permalinks an assistant quotes: <c>Archive:PublicBaseUrl</c>
/// when set (the address readers reach behind a proxy), else the host the request came to, else, for an in-process
/// Semantic Kernel call with no request, the first address the server listens on.
/// </summary>
internal sealed class ArchiveAddress(IHttpContextAccessor http, IServer server, IOptions<PublicAddressOptions> options)
{
    public Uri Of(string path)
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return new Uri(configured.TrimEnd('/') + path);
        }

        if (http.HttpContext?.Request is { } request)
        {
            return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}");
        }

        // A wildcard binding (http://+:8080) is no address to cite: fall back to localhost.
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return new Uri(Uri.TryCreate(listening, UriKind.Absolute, out var address) ? address : new Uri("http://localhost"), path);
    }
}
