using ModelContextProtocol;

namespace Archive.Api.Assistants;

/// <summary>
/// A request an assistant tool cannot answer (an unknown id, a malformed argument). Its message is written for the
/// model that called the tool; the MCP server returns it as the tool's error result, and Semantic Kernel's function
/// calling hands it back to the model the same way.
/// </summary>
public sealed class ArchiveToolException(string message) : McpException(message);
