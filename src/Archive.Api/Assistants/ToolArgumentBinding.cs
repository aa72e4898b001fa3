using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archive.Api.Assistants;

/// <summary>
/// Reads an MCP tool's arguments into the plugin method's parameters without refusing any itself: a missing argument
/// becomes its default (or null), so the use case refuses it with the endpoint's message in the tool's names. The
/// function factory would throw instead, and the MCP server answers a non-MCP exception only with "An error occurred
/// invoking …". A value of the wrong type is refused here, naming the parameter, as an <see cref="ArchiveToolException"/>.
/// </summary>
internal static class ToolArgumentBinding
{
    public static AIFunctionFactoryOptions.ParameterBindingOptions For(ParameterInfo parameter, JsonSerializerOptions json) =>
        parameter.ParameterType == typeof(CancellationToken)
            ? default
            : new() { BindParameter = (p, arguments) => Read(p, arguments, json) };

    private static object? Read(ParameterInfo parameter, AIFunctionArguments arguments, JsonSerializerOptions json)
    {
        var name = parameter.Name!;
        if (!arguments.TryGetValue(name, out var value) || value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        var type = parameter.ParameterType;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        var element = value as JsonElement? ?? JsonSerializer.SerializeToElement(value, json);
        if (type == typeof(string) && element.ValueKind is JsonValueKind.Number)
        {
            // "from": 7 means the conference number as much as "from": "7" does.
            return element.GetRawText();
        }

        try
        {
            return element.Deserialize(type, json);
        }
        catch (JsonException)
        {
            throw new ArchiveToolException($"{name} must be {Kind(type)}.");
        }
    }

    private static string Kind(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) => "a whole number",
        var t when t == typeof(bool) => "true or false",
        _ => "text",
    };
}
