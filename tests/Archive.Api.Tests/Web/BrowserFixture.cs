using Archive.Testing;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// The real host (Kestrel on 127.0.0.1, the bundled embedding model) and Debian's chromium driven headless by
/// Playwright, shared by a test class: each test opens its own browser context. Screenshots go to
/// artifacts/screenshots (git-ignored).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    // Debian's chromium: the binary itself (/usr/bin/chromium is a wrapper script). Playwright downloads nothing.
    private static readonly string[] ChromiumPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private readonly ArchiveApiFactory _api;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The key the page's "Add a document" form is used with.</summary>
    public const string ApiKey = "browser-key-0123456789abcdef";

    public BrowserFixture()
        : this(new Factory())
    {
    }

    /// <summary>The browser on a host of the given corpus and settings.</summary>
    protected BrowserFixture(ArchiveApiFactory api)
    {
        _api = api;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static string Screenshots => Path.Combine(TestReports.Folder, "screenshots");

    public async ValueTask InitializeAsync()
    {
        await _api.InitializeAsync();
        using (var client = _api.CreateApiClient())
        {
            BaseAddress = client.BaseAddress!;
        }

        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? ChromiumPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Debian's chromium is needed for the browser tests: apt-get install chromium (or set CHROMIUM_PATH)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page (own storage, clipboard allowed, 1280×900 unless told), and every address it asked for.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Requests)> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = BaseAddress.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        return (context, page, requests);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _api.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private sealed class Factory : ArchiveApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Embeddings:Provider"] = "minilm",
            ["Archive:ApiKeys:0"] = "browser:" + ApiKey,
        };
    }
}
