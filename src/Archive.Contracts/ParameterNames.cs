namespace Archive.Contracts;

/// <summary>
/// How one caller spells the fields of a request record: REST reads them as lower-case query parameters
/// (<c>Q</c> is <c>q</c>), an MCP tool or a command-line option may call them otherwise (<c>query</c>,
/// <c>--from</c>). Validation messages are written with these names, so each caller reads its own.
/// </summary>
public sealed class ParameterNames
{
    private readonly IReadOnlyDictionary<string, string> _names;
    private readonly Func<string, string> _otherwise;

    private ParameterNames(IReadOnlyDictionary<string, string> names, Func<string, string> otherwise)
    {
        _names = names;
        _otherwise = otherwise;
    }

    /// <summary>The HTTP API's names: each field's name in lower case (<c>q</c>, <c>lang</c>, <c>from</c>).</summary>
    public static ParameterNames Rest { get; } = new(new Dictionary<string, string>(), field => field.ToLowerInvariant());

    /// <summary>A tool's names: <paramref name="renamed"/> where they differ, the REST name otherwise.</summary>
    public static ParameterNames Tool(IReadOnlyDictionary<string, string> renamed) => new(renamed, Rest.Of);

    /// <summary>
    /// A command's names: <paramref name="renamed"/> where they differ (an argument such as <c>&lt;query&gt;</c>),
    /// otherwise the option <c>--</c> and the REST name.
    /// </summary>
    public static ParameterNames Command(IReadOnlyDictionary<string, string> renamed) => new(renamed, field => "--" + Rest.Of(field));

    /// <summary>The caller's name for the record's field <paramref name="field"/> (a property name, e.g. <c>From</c>).</summary>
    public string Of(string field) => _names.TryGetValue(field, out var name) ? name : _otherwise(field);
}
