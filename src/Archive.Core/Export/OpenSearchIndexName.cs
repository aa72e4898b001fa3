using System.Buffers;
using System.Text;

namespace Archive.Core.Export;

/// <summary>OpenSearch's rules for an index name, checked here so that a bad name fails before anything is written.</summary>
public static class OpenSearchIndexName
{
    /// <summary>What <c>archive export</c> names the index when not told otherwise.</summary>
    public const string Default = "bali-process-paragraphs";

    private const int MaxBytes = 255;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("\\/*?\"<>| ,#:");

    /// <summary>Why OpenSearch would refuse the name; null when it is a valid index name.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "the index name is empty";
        }

        if (name is "." or "..")
        {
            return $"the index name cannot be \"{name}\"";
        }

        if (name[0] is '-' or '_' or '+')
        {
            return $"the index name \"{name}\" cannot start with '{name[0]}'";
        }

        if (name.AsSpan().IndexOfAny(Forbidden) is var at and >= 0)
        {
            return $"the index name \"{name}\" cannot contain '{name[at]}'";
        }

        if (name.Any(char.IsUpper))
        {
            return $"the index name \"{name}\" must be lower case";
        }

        return Encoding.UTF8.GetByteCount(name) > MaxBytes ? $"the index name is longer than {MaxBytes} bytes" : null;
    }
}
