using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Archive.Core.Extraction.Html;

/// <summary>
/// The words sites use for their chrome, in English and Indonesian: in class and id names, in share bars, cookie
/// banners and copyright lines, and the addresses of share links. Each is one signal among others, never alone
/// enough to drop text that reads as a statement.
/// </summary>
internal static partial class ChromeSignals
{
    // A class or id word that starts with one of these names chrome: "relatedPosts", "sharedaddy", "navbar", "footer-widgets".
    private static readonly string[] ChromeNames =
    [
        "cookie", "consent", "gdpr", "share", "sharing", "addthis", "addtoany", "social", "sosmed", "breadcrumb", "crumbs",
        "nav", "menu", "submenu", "header", "masthead", "banner", "topbar", "toolbar", "footer", "sidebar", "widget",
        "related", "terkait", "latest", "recent", "terbaru", "popular", "populer", "trending", "tags", "tagcloud", "comment",
        "komentar", "author", "byline", "popup", "modal", "newsletter", "subscribe", "pagination", "pager", "skip", "search",
        "pencarian", "lang", "print", "ads", "advert", "promo",
    ];

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "bagikan", "berbagi", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e-mail",
        "print", "cetak", "tweet", "copy", "salin", "pinterest", "reddit", "line", "instagram", "youtube", "follow", "ikuti",
    };

    // Words that go with the share words in a share bar's label ("Share this article on", "Bagikan halaman ini ke").
    private static readonly HashSet<string> ShareFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "article", "page", "post", "story", "on", "via", "to", "link", "us", "artikel", "ini", "halaman", "berita",
        "ke", "tautan", "kami",
    };

    private static readonly string[] ShareAddresses =
    [
        "facebook.com/sharer", "facebook.com/share", "twitter.com/intent", "twitter.com/share", "x.com/intent",
        "x.com/share", "linkedin.com/share", "linkedin.com/cws/share", "wa.me/", "api.whatsapp.com/send", "whatsapp://",
        "t.me/share", "telegram.me/share", "pinterest.com/pin/create", "reddit.com/submit", "line.me/r/msg",
        "social-plugins.line.me", "addtoany.com/share", "sharethis.com",
    ];

    /// <summary>True when the element's class or id names it as chrome ("share-bar", "siteFooter", "breadcrumbs").</summary>
    public static bool NamedAsChrome(IElement element) =>
        NameTokens(string.Join(' ', element.ClassList) + " " + element.Id)
            .Any(token => ChromeNames.Any(name => token.StartsWith(name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True for a link that shares the page to a social network or by e-mail.</summary>
    public static bool IsShareLink(IElement link)
    {
        var href = link.GetAttribute("href") ?? string.Empty;
        return ShareAddresses.Any(a => href.Contains(a, StringComparison.OrdinalIgnoreCase))
            || (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && href.Contains("?subject=", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for a line made only of share words: "Share this:", "Bagikan: Facebook Twitter WhatsApp".</summary>
    public static bool IsShareLine(string text)
    {
        var words = Core.Text.Words.Tokens(text);
        return words.Count is > 0 and <= 12 && words.Any(ShareWords.Contains) && words.All(w => ShareWords.Contains(w) || ShareFillers.Contains(w));
    }

    /// <summary>True for text about cookies ("We use cookies", "Situs ini menggunakan kuki").</summary>
    public static bool MentionsCookies(string text) => Cookies().IsMatch(text);

    /// <summary>True for text that asks a reader to agree or speaks of the site ("By continuing to browse you agree", "Saya setuju").</summary>
    public static bool AsksConsent(string text) => Consent().IsMatch(text);

    /// <summary>True for a copyright line: "© 2024 …", "Copyright 2024 …", "Hak Cipta © …", "All rights reserved".</summary>
    public static bool IsCopyright(string text) => Copyright().IsMatch(text);

    private static IEnumerable<string> NameTokens(string names) =>
        NameBreak().Split(CamelHump().Replace(names, "$1 $2")).Where(t => t.Length > 0);

    [GeneratedRegex(@"\b(?:cookies?|kuki)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cookies();

    [GeneratedRegex(@"\b(?:accept\w*|agree\w*|consent\w*|allow\w*|privacy|website|site|brows\w*|setuju\w*|terima|menerima|izinkan|privasi|situs|penelusuran|jelajah\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();

    [GeneratedRegex(@"©|\(c\)\s*(?:19|20)\d\d|\b(?:copyright|hak\s+cipta)\s*(?:©|\(c\)|(?:19|20)\d\d|dilindungi)|\ball\s+rights\s+reserved\b|\bseluruh\s+hak\s+dilindungi", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex NameBreak();

    [GeneratedRegex(@"([a-z0-9])([A-Z])")]
    private static partial Regex CamelHump();
}
