using Archive.Core.Embeddings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    private static IOptions<EmbeddingOptions> Options(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddEmbeddings();
        return services.BuildServiceProvider().GetRequiredService<IOptions<EmbeddingOptions>>();
    }

    [Fact]
    public void OpenAI_WithoutEndpointOrModel_SaysWhatIsMissing()
    {
        var options = Options(new() { ["Embeddings:Provider"] = "openai" });

        var error = Assert.Throws<OptionsValidationException>(() => options.Value);
        Assert.Contains(error.Failures, f => f.Contains("Embeddings:Endpoint must be an absolute http(s) address", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Embeddings:Model must name the embedding model", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenAI_WithARelativeEndpoint_IsRefused()
    {
        var options = Options(new() { ["Embeddings:Provider"] = "openai", ["Embeddings:Endpoint"] = "localhost:11434", ["Embeddings:Model"] = "bge-m3" });

        Assert.Throws<OptionsValidationException>(() => options.Value);
    }

    [Theory]
    [InlineData("none", EmbeddingProvider.None)]
    [InlineData("minilm", EmbeddingProvider.MiniLm)]
    [InlineData("OpenAI", EmbeddingProvider.OpenAI)]
    public void Provider_IsReadWhateverItsCase(string value, EmbeddingProvider expected)
    {
        var options = Options(new() { ["Embeddings:Provider"] = value, ["Embeddings:Endpoint"] = "http://127.0.0.1:11434/v1", ["Embeddings:Model"] = "m" });

        Assert.Equal(expected, options.Value.Provider);
    }

    [Fact]
    public void Default_IsTheBundledModel()
    {
        Assert.Equal(EmbeddingProvider.MiniLm, Options([]).Value.Provider);
    }
}
