using System.Text;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// The pieces fuzzed requests are made of, drawn from one seeded <see cref="Random"/>: query syntax, parameter values
/// and ids, each either text (percent-encoded when sent) or raw (sent exactly as written, invalid encodings and all).
/// </summary>
internal sealed class FuzzValues(Random random)
{
    private static readonly string[] Words =
    [
        "returns", "reintegration", "smuggling", "trafficking", "Regional Support Office", "cooperation", "Ministers",
        "perdagangan", "orang", "penyelundupan", "kerja paksa", "pengungsi", "migran", "Kerangka", "Kerja Sama Regional",
        "Menteri", "and", "the", "of", "zeppelin",
    ];

    // Lucene's query syntax and what the archive's own parser adds, whole and broken.
    private static readonly string[] Syntax =
    [
        "\"", "\"\"", "(", ")", "()", "[", "]", "{", "}", "[a TO z]", "{a TO", "[* TO *]", "~", "~0.5", "~2", "~99", "~-1",
        "^", "^2", "^-1", "^1e309", "^0", "*", "?", "**", "*a", "a?b", ":", "text:", "text_en:", "id:", "unknown:",
        "+", "-", "!", "&&", "||", "AND", "OR", "NOT", "OR OR", "AND NOT", "\\", "\\\\", "/", "/re.*x/", "/unclosed",
        "'", "`", "&", "|", "#", "%", ";", ",", ".", "..", "@", "$", "<", ">", "=", "_", "\u00a0",
    ];

    private static readonly string[] Unicode =
    [
        "Penanggulangan", "kejahatan lintas negara", "Déclaration", "straße", "İstanbul", "ı", "الهجرة", "הגירה", "移民",
        "難民", "이주", "миграция", "ｒｅｔｕｒｎｓ", "🚢", "👨‍👩‍👧", "🇮🇩", "e\u0301", "\u200b", "\u200d", "\ufeff",
        "\u202e", "\u202d", "\u2028", "\ufffd", "\uffff", "𝕣𝕖𝕥𝕦𝕣𝕟",
    ];

    private static readonly string[] RawEncodings =
    [
        "%00", "%01", "%1F", "%7F", "%0A", "%0D", "%09", "%ED%A0%80", "%ED%BF%BF", "%F0%9F", "%C0%AF", "%C3%28", "%FF",
        "%FE%FF", "%E2%80%AE", "%", "%2", "%zz", "%%", "%G1", "%u0041", "%25", "%2F", "%5C", "%2e%2e", "+", "%2B", "&", "=",
        "%26", "%3D", "#",
    ];

    public static readonly string[] Numbers =
    [
        "0", "1", "2", "5", "10", "20", "50", "99", "100", "101", "1000", "1001", "9999", "10000", "10001", "-1", "-100",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "1e3", "0x10", "1.5", "+3", " 5",
        "5 ", "", "NaN", "Infinity", "abc", "１０", "٣", "1990", "2016", "2100", "2101", "1989", "null", "[]", "%00",
    ];

    public static readonly string[] Booleans = ["true", "false", "True", "FALSE", "1", "0", "yes", "", "null", "t"];

    public Random Random => random;

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>A search query, percent-encoded for the URL: words, syntax, Unicode and raw encodings mixed.</summary>
    public string Query()
    {
        var length = random.Next(10) switch
        {
            0 => random.Next(400, 600),
            1 => random.Next(1000, 6000),
            _ => 0,
        };
        if (length > 0)
        {
            // Near and past the 500-character limit, and towards Kestrel's 8 KiB request line.
            var filler = new StringBuilder();
            while (filler.Length < length)
            {
                filler.Append(Pick(Words)).Append(Pick(Syntax));
            }

            return Uri.EscapeDataString(filler.ToString(0, length));
        }

        var query = new StringBuilder();
        var pieces = random.Next(1, 8);
        for (var i = 0; i < pieces; i++)
        {
            query.Append(random.Next(10) switch
            {
                < 3 => Uri.EscapeDataString(Pick(Words)),
                < 6 => Uri.EscapeDataString(Pick(Syntax)),
                < 8 => Uri.EscapeDataString(Pick(Unicode)),
                _ => Pick(RawEncodings),
            });
            query.Append(random.Next(4) switch
            {
                0 => string.Empty,
                1 => "+",
                _ => "%20",
            });
        }

        return query.ToString();
    }

    /// <summary>A value for a parameter that takes one of <paramref name="valid"/>: one of them, a near miss, or junk.</summary>
    public string Spelling(IReadOnlyList<string> valid) => random.Next(6) switch
    {
        < 3 => Pick(valid),
        3 => Pick(valid).ToUpperInvariant(),
        4 => Uri.EscapeDataString(Pick(valid) + Pick(Syntax)),
        _ => Pick(RawEncodings) + Uri.EscapeDataString(Pick(Unicode)),
    };

    public string Number() => Chance(0.1) ? new string('9', random.Next(30, 400)) : Uri.EscapeDataString(Pick(Numbers));

    public string Boolean() => Uri.EscapeDataString(Pick(Booleans));

    /// <summary>A path segment or two where an id goes: real, unknown, traversal, encoded slashes, junk, very long.</summary>
    public string Id(IReadOnlyList<string> known) => random.Next(14) switch
    {
        < 3 => Pick(known),
        3 => Pick(known) + "/",
        4 => "../" + Pick(known),
        5 => "..%2F..%2F" + Pick(["etc/passwd", "appsettings.json", "index/current"]),
        6 => "%2e%2e/%2e%2e/" + Pick(known),
        7 => Pick(known).Replace("/", "%2F", StringComparison.Ordinal),
        8 => Pick(known) + Pick(RawEncodings),
        9 => Uri.EscapeDataString(Pick(Unicode)) + Pick(["", "/p1", "/", "//"]),
        10 => new string('a', random.Next(200, 7000)),
        11 => string.Join('/', Enumerable.Range(0, random.Next(2, 60)).Select(_ => Pick(["a", "..", ".", "", "p1", "%2F"]))),
        12 => Pick([".", "..", "~", "%20", ";", "a;b=c", "%5C..%5C", "CON", "nul", "bpmc6-2016-cochairs-en%00"]),
        _ => Pick(known) + "/" + Uri.EscapeDataString(Pick(Syntax)),
    };
}
