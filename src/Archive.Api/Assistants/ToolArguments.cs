using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Assistants;

/// <summary>
/// Checks a tool's arguments against the DataAnnotations of the endpoint's query record, so a tool and its endpoint
/// refuse the same values with the same messages.
/// </summary>
internal static class ToolArguments
{
    public static T Valid<T>(T query)
        where T : notnull
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(query, new ValidationContext(query), results, validateAllProperties: true))
        {
            throw new ArchiveToolException(string.Join(" ", results.Select(r => r.ErrorMessage)));
        }

        return query;
    }
}
