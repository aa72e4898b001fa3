using System.Reflection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using ModelContextProtocol.Server;

namespace Archive.Api.Assistants;

/// <summary>
/// AI assistants as users: <see cref="ArchivePlugin"/> in the host's Semantic Kernel, and the same methods as the
/// tools of a read-only Model Context Protocol server at <c>/mcp</c> (streamable HTTP).
/// </summary>
internal static class ArchiveMcpExtensions
{
    public const string Path = "/mcp";

    /// <summary>The plugin's name in the kernel; its functions are called archive-search_paragraphs and so on.</summary>
    public const string PluginName = "archive";

    public static WebApplicationBuilder AddArchiveMcp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ArchivePlugin>();
        // The kernel AddKernel registers (Embeddings) takes every KernelPlugin in the container.
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<ArchivePlugin>(), PluginName));
        foreach (var method in typeof(ArchivePlugin).GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<KernelFunctionAttribute>()?.Name is { } name)
            {
                services.AddSingleton(sp => Tool(sp, method, name));
            }
        }

        // Stateless: every call stands alone (no session to keep or lose between requests), and nothing is written.
        services.AddMcpServer(options => options.ServerInfo = new() { Name = "bali-process-archive", Version = "1.0.0" })
            .WithHttpTransport(options => options.Stateless = true)
            .WithRequestFilters(filters => filters.AddCallToolFilter(ToolRefusals.Filter).AddCallToolFilter(AbsolutePermalinks.Filter));
        return builder;
    }

    public static IEndpointConventionBuilder MapArchiveMcp(this IEndpointRouteBuilder endpoints) =>
        // Not part of the REST API: kept out of the OpenAPI document.
        endpoints.MapMcp(Path).ExcludeFromDescription();

    private static McpServerTool Tool(IServiceProvider services, MethodInfo method, string name)
    {
        // Results are the API's own JSON: the same records, spelled the same way.
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        // The plugin is resolved per call, not when /mcp is mapped: it needs the index, which is built after start.
        var function = AIFunctionFactory.Create(method, arguments => arguments.Services!.GetRequiredService<ArchivePlugin>(), new AIFunctionFactoryOptions
        {
            Name = name,
            SerializerOptions = json,
            ConfigureParameterBinding = parameter => ToolArgumentBinding.For(parameter, json),
        });
        return McpServerTool.Create(function, new McpServerToolCreateOptions
        {
            Name = name,
            ReadOnly = true,
            Destructive = false,
            Idempotent = true,
            OpenWorld = false,
            // An outputSchema from the result's record, and the result as structuredContent beside its text.
            UseStructuredContent = true,
            SerializerOptions = json,
        });
    }
}
