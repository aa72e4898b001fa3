using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Api.Hosting;

/// <summary>
/// ASP.NET's binding failures in the caller's words. Its messages name C# types and properties
/// (<c>Failed to bind parameter "Nullable&lt;int&gt; Conference" from "six".</c>); a caller knows the parameter as
/// <c>conference</c> and needs to hear what it takes.
/// </summary>
internal static partial class BindingFailure
{
    /// <summary>The parameter and what is wrong with it, or null when the message is not a binding failure.</summary>
    public static (string Parameter, string Message)? Describe(BadHttpRequestException exception)
    {
        if (BindFailed().Match(exception.Message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value.ToLowerInvariant();
            return (name, $"{name} must be {Expected(bind.Groups["type"].Value)}; \"{bind.Groups["value"].Value}\" is not.");
        }

        if (BodyUnreadable().IsMatch(exception.Message))
        {
            var where = exception.InnerException is JsonException { Path: { Length: > 1 } path } ? $" at {path}" : string.Empty;
            return ("body", $"the request body cannot be read as this operation's JSON{where}: check the field names and that numbers are not quoted.");
        }

        return null;
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("long", StringComparison.OrdinalIgnoreCase) => "a whole number",
        _ when type.Contains("bool", StringComparison.OrdinalIgnoreCase) => "true or false",
        _ when type.Contains("double", StringComparison.OrdinalIgnoreCase) || type.Contains("decimal", StringComparison.OrdinalIgnoreCase) => "a number",
        _ => "a value of another form",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindFailed();

    [GeneratedRegex("""^Failed to read parameter ".+" from the request body as JSON""")]
    private static partial Regex BodyUnreadable();
}
