namespace Archive.Api.Hosting;

/// <summary>
/// Which other web sites' pages may call the API from a browser (section <c>Cors</c>). None by default: the page is
/// served by the API itself, so it needs no cross-origin access, and a listed origin is a decision someone made.
/// Listed origins may read and check drafts (GET, HEAD, POST with JSON); writes stay same-origin, so an API key is
/// never typed into another site.
/// </summary>
public sealed class CrossOriginOptions
{
    /// <summary>Origins such as <c>https://www.baliprocess.example</c>; each an absolute http(s) address without a path.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && !origin.EndsWith('/');
}
