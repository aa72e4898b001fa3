namespace Archive.Api.Web;

/// <summary>
/// The web page: static files from <c>wwwroot</c> (a page, its router <c>app.js</c>, <c>shared.js</c> and <c>views/*.js</c>: ES modules
/// served as JavaScript, no build step, nothing from a CDN) and the
/// page's own addresses (<c>/documents/{id}</c>, <c>/conferences</c>, <c>/commitments</c>, <c>/precedent</c>, <c>/review</c>, <c>/add</c>, <c>/changes</c>) served
/// the same page, which reads the address and calls the API. Anything else unknown stays a 404.
/// </summary>
internal static class WebPageExtensions
{
    private const string Page = "index.html";

    public static WebApplication MapWebPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapFallbackToFile("/documents/{id}", Page);
        app.MapFallbackToFile("/conferences", Page);
        app.MapFallbackToFile("/commitments", Page);
        app.MapFallbackToFile("/commitments/{**id}", Page);
        app.MapFallbackToFile("/precedent", Page);
        app.MapFallbackToFile("/review", Page);
        app.MapFallbackToFile("/add", Page);
        app.MapFallbackToFile("/changes", Page);
        // The page names its icon; a client that asks for the conventional address anyway gets there, not a 404.
        app.MapGet("/favicon.ico", () => TypedResults.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();
        return app;
    }
}
