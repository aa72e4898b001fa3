using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>
/// The document filters a search and an export share, with their rules in one place. Messages say <c>{0}</c> where
/// the caller's name of the field goes (<see cref="RequestValidation"/>).
/// </summary>
public abstract record DocumentFilters : IValidatableObject
{
    [Description("Document type: co-chairs-statement, declaration, framework, strategy or other.")]
    [RegularExpression("^(" + DocumentTypes.Codes + ")$",
        ErrorMessage = "{0} must be one of co-chairs-statement, declaration, framework, strategy, other.")]
    public string? Type { get; init; }

    [Description("Number of the Ministerial Conference (1-99).")]
    [Range(1, 99, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int? Conference { get; init; }

    [Description("Earliest year, inclusive.")]
    [Range(1990, 2100, ErrorMessage = "{0} must be a year between {1} and {2}.")]
    public int? From { get; init; }

    [Description("Latest year, inclusive.")]
    [Range(1990, 2100, ErrorMessage = "{0} must be a year between {1} and {2}.")]
    public int? To { get; init; }

    [Description("true: only the bundled illustrative samples; false: only documents users added.")]
    public bool? Sample { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is int from && To is int to && from > to)
        {
            var names = RequestValidation.NamesOf(validationContext);
            yield return new ValidationResult($"{names.Of(nameof(From))} must not be later than {names.Of(nameof(To))}.", [nameof(From), nameof(To)]);
        }
    }
}
