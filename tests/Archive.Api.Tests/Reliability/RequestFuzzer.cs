using System.Text;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// A deterministic stream of fuzzed requests over the API's real surface (the routes and parameters of
/// <c>src/Archive.Api/openapi.json</c>, the page's addresses, and the document writes): the same seed and the same
/// known ids give the same requests in the same order.
/// </summary>
internal sealed class RequestFuzzer
{
    private static readonly string[] Pages =
    [
        "/", "/index.html", "/app.js", "/shared.js", "/views/search.js", "/app.css", "/i18n.js", "/api/about", "/healthz", "/openapi/v1.json", "/scalar",
        "/scalar/v1", "/metrics", "/api/conferences", "/api/topics", "/api/addressees", "/api/commitments/disagreements",
        "/api/documents", "/api/commitments", "/api/search?q=returns", "/api/search/feed?q=returns", "/api/commitments/feed?topic=returns-reintegration",
        "/api/commitments/bpmc6-2016-cochairs-en/p5/c1/feed", "/conferences", "/commitments", "/commitments/disagreements", "/precedent",
        "/documents/x", "/api/nowhere", "/nowhere.js",
    ];

    private static readonly string[] Verbs = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FUZZ"];

    private readonly FuzzValues _values;
    private readonly UploadFuzzer _uploads;
    private readonly KnownIds _known;

    public RequestFuzzer(int seed, KnownIds known, IReadOnlyList<byte[]> samplePdfs, string apiKey)
    {
        _values = new FuzzValues(new Random(seed));
        _known = known;
        _uploads = new UploadFuzzer(_values, samplePdfs, apiKey, known.Documents);
    }

    public IEnumerable<FuzzedRequest> Generate(int count)
    {
        for (var number = 0; number < count; number++)
        {
            yield return _values.Random.Next(100) switch
            {
                < 22 => Query(number),
                < 36 => SearchParameters(number),
                < 46 => ListParameters(number),
                < 60 => Ids(number),
                < 70 => Precedent(number),
                < 78 => Headers(number),
                < 85 => Methods(number),
                _ => _uploads.Next(number),
            };
        }
    }

    private FuzzedRequest Query(int number)
    {
        var extra = _values.Chance(0.3) ? "&" + SearchParameter() : string.Empty;
        return Get(number, "query", $"/api/search?q={_values.Query()}{extra}");
    }

    private FuzzedRequest SearchParameters(int number)
    {
        // Mostly valid values, so that a request gets past validation into the search with its other values fuzzed.
        var parameters = Enumerable.Range(0, _values.Random.Next(1, 7)).Select(_ => _values.Chance(0.3) ? SearchParameter() : ValidSearchParameter()).ToList();
        if (_values.Chance(0.8))
        {
            parameters.Insert(_values.Random.Next(parameters.Count + 1), "q=" + Uri.EscapeDataString(_values.Pick(["returns", "perdagangan orang", "\"Regional Support Office\"", "smuggling OR trafficking"])));
        }

        return Get(number, "search-params", "/api/search?" + string.Join('&', parameters));
    }

    private string SearchParameter()
    {
        var (name, value) = _values.Random.Next(16) switch
        {
            0 => ("k", _values.Number()),
            1 => ("offset", _values.Number()),
            2 => ("page", _values.Number()),
            3 => ("mode", _values.Spelling(["lexical", "hybrid", "semantic"])),
            4 => ("lang", _values.Spelling(["any", "en", "id"])),
            5 => ("type", _values.Spelling(["co-chairs-statement", "declaration", "framework", "strategy", "other"])),
            6 => ("conference", _values.Number()),
            7 => ("from", _values.Number()),
            8 => ("to", _values.Number()),
            9 => ("sort", _values.Spelling(["relevance", "date", "date-asc"])),
            10 => ("view", _values.Spelling(["compact", "full"])),
            11 => ("fields", string.Join(_values.Pick([",", "%2C", ",,", ", "]), Enumerable.Range(0, _values.Random.Next(0, 9)).Select(_ => _values.Spelling(["document", "paragraph", "text", "highlight", "scores", "matched", "counterpart", "commitments"])))),
            12 => (_values.Pick(["exact", "collapse", "sample"]), _values.Boolean()),
            13 => (_values.Pick(["q", "Q", "k", "K", "q[]", "q[0]"]), _values.Query()),
            14 => (_values.Pick(["", "=", "%00", "unknown", "q%00", "&&"]), _values.Number()),
            _ => (_values.Pick(["k", "conference", "from", "lang"]), _values.Number() + "&" + _values.Pick(["k", "conference", "from", "lang"]) + "=" + _values.Number()),
        };
        return _values.Chance(0.05) ? name : $"{name}={value}";
    }

    private string ValidSearchParameter() => _values.Random.Next(11) switch
    {
        0 => "k=" + _values.Random.Next(1, 101),
        1 => "offset=" + _values.Pick([0, 1, 10, 99, 500, 10_000]),
        2 => "mode=" + _values.Pick(["lexical", "hybrid", "semantic"]),
        3 => "lang=" + _values.Pick(["any", "en", "id"]),
        4 => "type=" + _values.Pick(["co-chairs-statement", "declaration", "framework", "strategy", "other"]),
        5 => "conference=" + _values.Random.Next(1, 100),
        6 => _values.Pick(["from=", "to="]) + _values.Random.Next(1990, 2101),
        7 => "sort=" + _values.Pick(["relevance", "date", "date-asc"]),
        8 => "view=" + _values.Pick(["compact", "full"]),
        9 => "fields=" + string.Join(',', Enumerable.Range(0, _values.Random.Next(1, 9)).Select(_ => _values.Pick(["document", "paragraph", "text", "highlight", "scores", "matched", "counterpart", "commitments"]))),
        _ => _values.Pick(["exact=", "collapse=", "sample="]) + _values.Pick(["true", "false"]),
    };

    private FuzzedRequest ListParameters(int number)
    {
        var parameters = new List<string>();
        string path;
        switch (_values.Random.Next(4))
        {
            case 0:
                path = "/api/documents";
                parameters.AddRange(Enumerable.Range(0, _values.Random.Next(0, 5)).Select(_ => _values.Random.Next(4) switch
                {
                    0 => "lang=" + _values.Spelling(["en", "id"]),
                    1 => "type=" + _values.Spelling(["co-chairs-statement", "declaration", "framework", "strategy", "other"]),
                    2 => "conference=" + _values.Number(),
                    _ => "sample=" + _values.Boolean(),
                }));
                break;
            case 1:
                path = "/api/commitments";
                parameters.AddRange(Enumerable.Range(0, _values.Random.Next(0, 6)).Select(_ => _values.Random.Next(9) switch
                {
                    0 => "topic=" + _values.Spelling(["returns-reintegration", "trafficking", "smuggling"]),
                    1 => "actor=" + _values.Spelling(["ministers", "co-chairs", "members", "senior-officials"]),
                    2 => "addressee=" + _values.Spelling(["rso", "ahg", "wg-tip", "members", "unhcr", "iom"]),
                    3 => "strength=" + _values.Spelling(["decision", "commitment", "tasking", "encouragement", "acknowledgement"]),
                    4 => "conference=" + _values.Number(),
                    5 => "lang=" + _values.Spelling(["en", "id"]),
                    6 => "q=" + _values.Query(),
                    7 => _values.Pick(["k=", "offset="]) + _values.Number(),
                    _ => "format=" + _values.Spelling(["json", "csv"]),
                }));
                break;
            default:
                path = _values.Chance(0.5)
                    ? $"/api/documents/{_values.Pick(_known.Documents)}/cite"
                    : $"/api/paragraphs/{_values.Pick(_known.Paragraphs)}/cite";
                parameters.AddRange(Enumerable.Range(0, _values.Random.Next(0, 4)).Select(_ => _values.Chance(0.5)
                    ? "format=" + _values.Spelling(["text", "bibtex", "ris", "csl-json"])
                    : "lang=" + _values.Spelling(["en", "id"])));
                break;
        }

        return Get(number, "list-params", parameters.Count == 0 ? path : path + "?" + string.Join('&', parameters));
    }

    private FuzzedRequest Ids(int number)
    {
        var target = _values.Random.Next(8) switch
        {
            0 => "/api/documents/" + _values.Id(_known.Documents),
            1 => $"/api/documents/{_values.Id(_known.Documents)}/cite",
            2 or 3 => "/api/paragraphs/" + _values.Id(_known.Paragraphs),
            4 => $"/api/paragraphs/{_values.Id(_known.Paragraphs)}/cite",
            5 => "/api/commitments/" + _values.Id(_known.Commitments),
            6 => "/documents/" + _values.Id(_known.Documents),
            _ => "/" + _values.Id(_known.Documents),
        };
        return Get(number, "ids", target);
    }

    private FuzzedRequest Precedent(int number)
    {
        var text = _values.Pick([
            "Ministers agreed to strengthen cooperation on returns and reintegration.",
            "Para Menteri sepakat untuk memperkuat kerja sama dalam pemulangan.",
            "two words", "", " ", "\u0000\u0000\u0000 nul nul nul", "\\ud800 lone surrogate here", "🚢 🚢 🚢 🚢",
            string.Join(' ', Enumerable.Repeat("cooperation", _values.Random.Next(400, 1200))),
        ]);
        var k = _values.Pick(["5", "1", "20", "0", "21", "-1", "\"5\"", "1.5", "1e400", "2147483648", "null", "[]", "true"]);
        var lang = _values.Pick(["\"en\"", "\"id\"", "\"fr\"", "null", "5", "\"\""]);
        var json = _values.Random.Next(10) switch
        {
            < 4 => $"{{\"text\": \"{text}\", \"k\": {k}, \"lang\": {lang}}}",
            4 => $"{{\"text\": {_values.Pick(["5", "null", "true", "[\"a b c\"]", "{\"a\": 1}", "\"\\ud800\\udc00 ok\"", "\"\\ud800 x y\""])}}}",
            5 => _values.Pick(["", "{", "{\"text\": ", "[]", "\"text\"", "null", "{}", "{\"text\": \"a b c\",}", "{'text': 'a b c'}", "\u00ef\u00bb\u00bf{}"]),
            6 => new string('[', _values.Random.Next(10, 2000)) + new string(']', _values.Random.Next(0, 10)),
            7 => $"{{\"text\": \"{text}\", \"text\": \"again and again\", \"extra\": {{\"deep\": [1, 2, 3]}}}}",
            8 => $"{{\"text\": \"{new string('w', _values.Random.Next(5_000, 1_100_000))}\"}}",
            _ => $"{{\"text\": \"{text}\"}}",
        };
        var body = Encoding.UTF8.GetBytes(json);
        if (_values.Chance(0.05))
        {
            // Not UTF-8 at all.
            body = [.. body.Take(body.Length / 2), 0xC3, 0x28, 0xFF, .. body.Skip(body.Length / 2)];
        }

        var contentType = _values.Chance(0.6) ? "application/json" : _values.Pick([
            "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded",
            "application/json; charset=utf-16", "application/json; charset=bogus", "multipart/form-data", "application/*", ";;;", "", "application/problem+json",
        ]);
        return new FuzzedRequest(number, "precedent", "POST", _values.Pick(["/api/precedent", "/api/precedent/", "/api/precedent?k=5"]), [],
            body, _values.Chance(0.05) ? null : contentType);
    }

    private FuzzedRequest Headers(int number)
    {
        var headers = new List<KeyValuePair<string, string>>();
        for (var i = _values.Random.Next(1, 4); i > 0; i--)
        {
            headers.Add(_values.Random.Next(10) switch
            {
                0 => new("Accept", _values.Pick(["application/xml", "*/*;q=abc", "text/html", "", "application/json;q=0", "image/*", "a/b/c", new string('a', 10_000)])),
                1 => new("Accept-Encoding", _values.Pick(["br;q=2", "gzip, deflate, br, zstd", "identity;q=0", "*;q=0", "gzip;q=nan", "compress", new string(',', 5000)])),
                2 => new("Accept-Language", _values.Pick(["id-ID,id;q=0.9", "en-US", "*", "xx", "zh-Hant-TW-x-private", ";;;q=", "ar-SA"])),
                3 => new("Range", _values.Pick(["bytes=0-10", "bytes=99999999-", "bytes=-0", "bytes=5-1", "bytes=0-1,2-3,4-5", "lines=1-2"])),
                4 => new("If-None-Match", _values.Pick(["*", "\"abc\"", "W/\"x\"", "garbage"])),
                5 => new("If-Modified-Since", _values.Pick(["garbage", "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"])),
                6 => new("Host", _values.Pick(["example.com", "example.com:99999", "[::1", "[::1]:80", "127.0.0.1:abc", "ex_ample.com", "@evil", "user@host", "xn--", "a..b", ":80"])),
                7 => new(_values.Pick(["X-Long", "Cookie", "Authorization", "User-Agent", "Referer"]), new string('v', _values.Random.Next(100, 40_000))),
                8 => new(_values.Pick(["X-Unicode", "User-Agent", "Accept-Language"]), _values.Pick(["Penanggulangan 🚢", "الهجرة", "caf\u00e9", "\u0001\u007f"])),
                _ => new(_values.Pick(["Origin", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded"]), _values.Pick(["http://evil.example", "1.2.3.4, ::1", "evil.example", "gopher", "for=\"[::1]\"", "abc", "-1"])),
            });
        }

        // Many headers at once, towards Kestrel's limit of 100.
        if (_values.Chance(0.05))
        {
            headers.AddRange(Enumerable.Range(0, 120).Select(i => new KeyValuePair<string, string>($"X-Fuzz-{i}", "v")));
        }

        var target = _values.Chance(0.3) ? $"/api/paragraphs/{_values.Pick(_known.Paragraphs)}/cite" : _values.Pick(Pages);
        return new FuzzedRequest(number, "headers", "GET", target, headers);
    }

    private FuzzedRequest Methods(int number)
    {
        var target = _values.Chance(0.2) ? "/api/precedent" : _values.Pick(Pages);
        var method = _values.Pick(Verbs);
        var body = method is "GET" or "HEAD" or "TRACE" || _values.Chance(0.5) ? null : Encoding.UTF8.GetBytes("{\"text\": \"Ministers agreed to cooperate.\"}");
        return new FuzzedRequest(number, "methods", method, target, [], body, body is null ? null : "application/json");
    }

    private static FuzzedRequest Get(int number, string category, string target) => new(number, category, "GET", target, []);
}
