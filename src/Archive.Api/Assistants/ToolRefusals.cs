using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Archive.Api.Assistants;

/// <summary>
/// An <see cref="ArchiveToolException"/> leaves a tool as its message alone, the words the endpoint would answer: the
/// MCP server would otherwise put "An error occurred invoking '…':" in front of it. Other exceptions stay the
/// server's to hide.
/// </summary>
internal static class ToolRefusals
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            try
            {
                return await next(context, cancellationToken);
            }
            catch (ArchiveToolException refusal)
            {
                return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = refusal.Message }] };
            }
        };
}
