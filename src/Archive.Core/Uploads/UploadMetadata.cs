using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Core.Uploads;

/// <summary>
/// What a writer says of a document besides its file, as sent (form fields): each is optional, and what is left out
/// is inferred from the text, or taken from the counterpart named.
/// </summary>
/// <param name="Counterpart">The id of a document in the other language that this one translates; it then shares its
/// work key (<c>bpmc6-2016-cochairs-en</c> ↔ <c>bpmc6-2016-cochairs-id</c>) and its metadata unless given.</param>
/// <param name="Issuer">Who issued the document ("Security Council", "Kementerian Luar Negeri"), whom citations name as
/// its author; read from its cover when left out.</param>
public sealed record UploadMetadata(
    string? Language = null,
    string? Type = null,
    string? Conference = null,
    string? Date = null,
    string? Place = null,
    string? Title = null,
    string? Counterpart = null,
    string? Issuer = null)
{
    /// <summary>The form fields, in the names a client sends.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["language", "type", "conference", "date", "place", "title", "counterpart", "issuer"];

    private const int MaxTextLength = 500;

    public bool IsEmpty => this == new UploadMetadata();

    /// <summary>A copy with one form field set; false when the name is not a field.</summary>
    public bool TryWith(string field, string value, out UploadMetadata metadata)
    {
        value = value.Trim();
        var given = value.Length == 0 ? null : value;
        metadata = field.ToLowerInvariant() switch
        {
            "language" => this with { Language = given },
            "type" => this with { Type = given },
            "conference" => this with { Conference = given },
            "date" => this with { Date = given },
            "place" => this with { Place = given },
            "title" => this with { Title = given },
            "counterpart" => this with { Counterpart = given },
            "issuer" => this with { Issuer = given },
            _ => this,
        };
        return FieldNames.Contains(field.ToLowerInvariant());
    }

    /// <summary>What is wrong with the fields, by field name; empty when every field given can be used.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Language is not null && DocumentLanguages.Parse(Language) == DocumentLanguage.Unknown)
        {
            errors["language"] = [$"\"{Language}\" is not a language of the archive: use en or id"];
        }

        if (Type is not null && !DocumentTypes.TryParse(Type, out _))
        {
            errors["type"] = [$"\"{Type}\" is not a document type: use co-chairs-statement, declaration, framework, strategy or other"];
        }

        if (Conference is not null && ConferenceNumber is null)
        {
            errors["conference"] = [$"\"{Conference}\" is not a conference number: a whole number from 1 to 99"];
        }

        if (Date is not null && !PartialDate.TryParse(Date, out _))
        {
            errors["date"] = [$"\"{Date}\" is not a date: use 2016-03-23, 2016-03 or 2016"];
        }

        foreach (var (field, text) in new[] { ("place", Place), ("title", Title), ("issuer", Issuer) })
        {
            if (text is not null && (text.Length > MaxTextLength || text.Any(char.IsControl)))
            {
                errors[field] = [$"the {field} must be one line of at most {MaxTextLength} characters"];
            }
        }

        if (Counterpart is not null && !DocumentIdentity.IsDocumentId(Counterpart))
        {
            errors["counterpart"] = [$"\"{Counterpart}\" is not a document id (such as bpmc6-2016-cochairs-en); GET /api/documents lists them"];
        }

        return errors;
    }

    private int? ConferenceNumber =>
        int.TryParse(Conference, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 99 ? number : null;

    /// <summary>
    /// The catalog entry for the file: these fields over <paramref name="basis"/> (the entry being replaced, or one made
    /// from the counterpart's metadata), which fills what is not given.
    /// </summary>
    public CatalogEntry ToCatalogEntry(string file, CatalogEntry? basis) => new(
        file,
        Language is null ? basis?.Language : DocumentLanguages.Parse(Language).ToCode(),
        Type is null ? basis?.Type : DocumentTypes.TryParse(Type, out var type) ? type.ToCode() : null,
        ConferenceNumber ?? basis?.Conference,
        Date is null ? basis?.Date : PartialDate.TryParse(Date, out var date) ? date.ToString() : null,
        Place ?? basis?.Place,
        Title ?? basis?.Title,
        basis?.ShortTitle,
        Sample: false,
        basis?.Id,
        Issuer ?? basis?.Issuer);
}
