namespace Archive.Api.Hosting;

/// <summary><c>Archive:PublicBaseUrl</c>: where readers reach the archive, when it is not the address requests arrive at.</summary>
internal sealed class PublicAddressOptions
{
    /// <summary>An absolute http(s) address with no query or fragment, e.g. https://archive.example.org or https://example.org/archive.</summary>
    public string? PublicBaseUrl { get; set; }

    public static bool IsValid(string? value) =>
        string.IsNullOrEmpty(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment));
}
