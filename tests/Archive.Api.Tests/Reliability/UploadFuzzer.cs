using System.Text;
using Archive.Testing;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// Fuzzed writes to <c>/api/documents</c> (upload, replace, delete): multipart bodies whole, broken and hostile, files
/// that are sample PDFs, byte-mutated copies of them, text or random bytes, and a valid API key on half of them.
/// </summary>
internal sealed class UploadFuzzer(FuzzValues values, IReadOnlyList<byte[]> samplePdfs, string apiKey, IReadOnlyList<string> documentIds)
{
    private static readonly string[] Fields = ["language", "type", "conference", "date", "place", "title", "counterpart", "issuer"];

    private static readonly string[] FieldValues =
    [
        "en", "id", "fr", "", "co-chairs-statement", "declaration", "6", "-1", "99999999999", "2016-03-23", "2016-13-45",
        "2016", "Bali", "Bali, Indonesia", "bpmc6-2016-cochairs-en", "../../etc/passwd", "\"quoted\"", "\u202eevil",
        "🚢", "Kerangka Kerja Sama Regional", "\0",
    ];

    private Random Random => values.Random;

    public FuzzedRequest Next(int number)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (values.Chance(0.5))
        {
            headers.Add(new("X-Api-Key", apiKey));
        }
        else if (values.Chance(0.7))
        {
            headers.Add(new("X-Api-Key", values.Pick(["", "wrong", "fuzz", "fuzz:" + apiKey, apiKey + " ", apiKey[..^1], apiKey.ToUpperInvariant(), new string('k', 9000), "ключ"])));
        }

        var (method, target) = Random.Next(10) switch
        {
            < 7 => ("POST", "/api/documents"),
            7 => ("PUT", "/api/documents/" + values.Id(documentIds)),
            8 => ("DELETE", "/api/documents/" + values.Id(documentIds)),
            _ => ("POST", "/api/documents/" + values.Id(documentIds)),
        };
        if (method == "DELETE" && values.Chance(0.7))
        {
            return new FuzzedRequest(number, "upload", method, target, headers);
        }

        var boundary = values.Pick(["fuzz-boundary", "----WebKitFormBoundary7MA4YWxkTrZu0gW", "x", new string('b', 200), "a b", "\"quoted\"", "é"]);
        var (body, contentType) = Random.Next(12) switch
        {
            0 => (Multipart(boundary, [File()]), "multipart/form-data"),
            1 => (Multipart(boundary, [File()]), "multipart/form-data; boundary=other"),
            2 => (Truncate(Multipart(boundary, [File(), .. Metadata()])), $"multipart/form-data; boundary={boundary}"),
            3 => (Multipart(boundary, [.. Metadata()]), $"multipart/form-data; boundary={boundary}"),
            4 => (Multipart(boundary, [.. Enumerable.Range(0, Random.Next(2, 5)).Select(_ => File())]), $"multipart/form-data; boundary={boundary}"),
            5 => (Multipart(boundary, [File(), Field(values.Pick(Fields), new string('x', Random.Next(10_000, 1_200_000)))]), $"multipart/form-data; boundary={boundary}"),
            6 => (Bytes(Random.Next(0, 70_000)), values.Pick([$"multipart/form-data; boundary={boundary}", "application/pdf", "application/octet-stream"])),
            7 => (Mutate(values.Pick(samplePdfs)), values.Pick(["application/pdf", $"multipart/form-data; boundary={boundary}", "text/plain"])),
            8 => (Multipart(boundary, [File(), .. Metadata()]), values.Pick(["multipart/mixed; boundary=" + boundary, "multipart/form-data; boundary=" + boundary + "; charset=utf-16", "application/x-www-form-urlencoded"])),
            _ => (Multipart(boundary, [File(), .. Metadata()]), $"multipart/form-data; boundary={boundary}"),
        };
        return new FuzzedRequest(number, "upload", method, target, headers, body, values.Chance(0.03) ? null : contentType);
    }

    private IEnumerable<byte[]> Metadata() =>
        Fields.Where(_ => values.Chance(0.3)).Select(name => Field(values.Chance(0.1) ? name.ToUpperInvariant() : name, values.Pick(FieldValues)));

    private byte[] File()
    {
        var (name, type, content) = Random.Next(7) switch
        {
            < 3 => ("statement.pdf", "application/pdf", Mutate(values.Pick(samplePdfs))),
            3 => ("statement.pdf", "application/pdf", values.Pick(samplePdfs)),
            4 => (values.Pick(["note.txt", "note.md", "page.html"]), "text/plain", Encoding.UTF8.GetBytes(values.Pick(["", "1. Ministers agreed.", "<html><script>alert(1)</script>", "\0\0\0", "# Heading\n\n1. Text"]))),
            5 => (values.Pick(["../../../corpus/catalog.json", "", "a\\b.pdf", "CON.pdf", new string('n', 600) + ".pdf", "file\0.pdf", "😀.pdf"]), "application/pdf", values.Pick(samplePdfs)),
            _ => ("random.bin", values.Pick(["application/octet-stream", "image/png", ""]), Bytes(Random.Next(0, 20_000))),
        };
        var disposition = values.Chance(0.1)
            ? "form-data; name=\"file\""
            : $"form-data; name=\"{values.Pick(["file", "file", "file", "File", "files", ""])}\"; filename=\"{name}\"";
        return Part(disposition, type, content);
    }

    private static byte[] Field(string name, string value) => Part($"form-data; name=\"{name}\"", null, Encoding.UTF8.GetBytes(value));

    private static byte[] Part(string disposition, string? contentType, byte[] content)
    {
        var head = $"Content-Disposition: {disposition}\r\n" + (contentType is null ? string.Empty : $"Content-Type: {contentType}\r\n") + "\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. content];
    }

    private static byte[] Multipart(string boundary, IEnumerable<byte[]> parts)
    {
        using var body = new MemoryStream();
        foreach (var part in parts)
        {
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\n"));
            body.Write(part);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        return body.ToArray();
    }

    private byte[] Truncate(byte[] body) => body[..Random.Next(body.Length)];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        Random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A copy of a PDF with a few bytes flipped, a slice cut out or repeated, or its end cut off.</summary>
    private byte[] Mutate(byte[] pdf) => PdfDamage.Apply(pdf, Random.Next(PdfDamage.Kinds.Count), Random);
}
