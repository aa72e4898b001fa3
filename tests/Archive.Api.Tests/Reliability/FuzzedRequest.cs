using System.Globalization;
using System.Text;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// One request the fuzzer sends, kept as plain data so that a failure can print it exactly and it can be replayed:
/// the target is sent as written (no path or query canonicalisation), headers without validation.
/// </summary>
/// <param name="Number">Its place in the seeded sequence.</param>
/// <param name="Category">What part of the surface it exercises, for the counts.</param>
/// <param name="Target">Path and query as sent, percent-encoding and all.</param>
/// <param name="ContentType">The body's Content-Type header, sent without validation; null for none.</param>
public sealed record FuzzedRequest(
    int Number,
    string Category,
    string Method,
    string Target,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body = null,
    string? ContentType = null)
{
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + Target, AsWritten));
        foreach (var (name, value) in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                throw new InvalidOperationException($"request {Number}: {name} is a content header; give it as ContentType");
            }
        }

        if (Body is not null)
        {
            // As curl does past 1 MiB: wait for the host's go-ahead, so that a refusal (413, 405) is read rather than
            // lost to the connection the host closes while the body is still being written.
            message.Headers.ExpectContinue = Body.Length > Archive.Api.Hosting.RequestLimits.MaxBodyBytes;
            message.Content = new ByteArrayContent(Body);
            message.Content.Headers.Remove("Content-Type");
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    /// <summary>The request as a reader replays it: method, URL, headers and a summary of the body.</summary>
    public string Describe()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"#{Number} [{Category}] {Method} {Shorten(Target, 2000)}"));
        foreach (var (name, value) in Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {name}: {Shorten(value, 300)}");
        }

        if (ContentType is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  Content-Type: {ContentType}");
        }

        if (Body is not null)
        {
            var head = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400));
            text.Append(CultureInfo.InvariantCulture, $"\n  body: {Body.Length} bytes, SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Body))[..16]}, starting {Escape(head)}");
        }

        return text.ToString();
    }

    private static string Shorten(string value, int length) =>
        value.Length <= length ? Escape(value) : string.Create(CultureInfo.InvariantCulture, $"{Escape(value[..length])}… ({value.Length} characters)");

    // Control characters and lone surrogates written as escapes, so the message survives a terminal and a TRX file.
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogatePair(value, i))
            {
                text.Append(value, i++, 2);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
