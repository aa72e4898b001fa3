using Archive.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Archive.Api.Tests.Assistants;

/// <summary>The archive plugin in the Semantic Kernel the host builds, invoked through the kernel.</summary>
public sealed class ArchivePluginTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    [Fact]
    public async Task HostKernel_HasTheArchivePlugin_AndItsSearchFindsParagraphsWithCitations()
    {
        using var http = api.CreateApiClient();
        var kernel = api.Services.GetRequiredService<Kernel>();

        var plugin = kernel.Plugins["archive"];
        Assert.Equal(["changes", "cite", "find_precedent", "get_paragraph", "list_commitments", "review_draft", "search_paragraphs"], plugin.Select(f => f.Name).Order());
        var result = await kernel.InvokeAsync("archive", "search_paragraphs",
            new KernelArguments { ["query"] = "penyelundupan manusia", ["language"] = "en", ["k"] = 3 },
            TestContext.Current.CancellationToken);

        var response = result.GetValue<SearchResponse>()!;
        Assert.InRange(response.Hits.Count, 1, 3);
        Assert.All(response.Hits, h => Assert.Equal("en", h.Language));
        Assert.All(response.Hits, h => Assert.False(string.IsNullOrWhiteSpace(h.Citation)));
        Assert.All(response.Hits, h => Assert.StartsWith("/documents/", h.Permalink, StringComparison.Ordinal));
    }
}
