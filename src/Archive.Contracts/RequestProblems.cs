namespace Archive.Contracts;

/// <summary>
/// What is wrong with a request, by field of its record (the property name, e.g. <c>Q</c> or <c>From</c>: the same
/// key for every caller), each message written in the caller's <see cref="ParameterNames"/>.
/// </summary>
public sealed class RequestProblems
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    /// <summary>True when nothing is wrong.</summary>
    public bool IsEmpty => _byField.Count == 0;

    /// <summary>The messages by field, as a validation problem's <c>errors</c> lists them.</summary>
    public IReadOnlyDictionary<string, string[]> ByField => _byField.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Every message in one line, for a caller that answers with one text (a tool, a command).</summary>
    public string Message => string.Join(" ", _byField.Values.SelectMany(m => m));

    /// <summary>Set when the request is refused for its size: the limit and what was sent, in the field's unit.</summary>
    public (int Limit, int Length)? TooLarge { get; private set; }

    /// <summary>A refusal for size (HTTP answers 413 rather than 400).</summary>
    public void AddTooLarge(string field, string message, int limit, int length)
    {
        Add(field, message);
        TooLarge = (limit, length);
    }

    /// <summary>True when the request names something the archive does not have (HTTP answers 404).</summary>
    public bool NotFound { get; private set; }

    /// <summary>A refusal because the id the request names is unknown.</summary>
    public void AddNotFound(string field, string message)
    {
        Add(field, message);
        NotFound = true;
    }

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            _byField[field] = messages = [];
        }

        messages.Add(message);
    }
}
