using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Api.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Archive.Api.Assistants;

/// <summary>
/// A tool's result is the API's JSON, whose permalinks are paths on the archive (<c>/documents/…#p5</c>): a web page
/// resolves them, an assistant quoting a source cannot. Every <c>permalink</c> in a result, in its text and its
/// structured content, leaves the server as an absolute address (<see cref="ArchiveAddress"/>).
/// </summary>
internal static class AbsolutePermalinks
{
    private const string Property = "permalink";

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            if (result.IsError is true || context.Services?.GetService<ArchiveAddress>() is not { } address)
            {
                return result;
            }

            foreach (var text in result.Content.OfType<TextContentBlock>())
            {
                if (Parse(text.Text) is { } json && Rewrite(json, address))
                {
                    text.Text = json.ToJsonString();
                }
            }

            if (result.StructuredContent is { } structured && JsonNode.Parse(structured.GetRawText()) is { } node && Rewrite(node, address))
            {
                result.StructuredContent = JsonSerializer.SerializeToElement(node);
            }

            return result;
        };

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <returns>True when a permalink was made absolute.</returns>
    private static bool Rewrite(JsonNode node, ArchiveAddress address)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject item:
                foreach (var (name, value) in item.ToList())
                {
                    if (name == Property && value is JsonValue link && link.TryGetValue<string>(out var path) && path.StartsWith('/'))
                    {
                        item[name] = address.Of(path).AbsoluteUri;
                        changed = true;
                    }
                    else if (value is not null)
                    {
                        changed |= Rewrite(value, address);
                    }
                }

                break;
            case JsonArray list:
                foreach (var value in list.OfType<JsonNode>())
                {
                    changed |= Rewrite(value, address);
                }

                break;
        }

        return changed;
    }
}
