namespace Archive.Contracts;

/// <summary>How <c>view</c> and <c>fields</c> are spelled on the wire.</summary>
public static class HitFieldSpellings
{
    public const string Views = "compact|" + Full;

    /// <summary>The view with every field.</summary>
    public const string Full = "full";

    public const string Fields = "document|paragraph|text|highlight|scores|matched|counterpart|commitments";

    /// <summary>A comma-separated list of <see cref="Fields"/>, for validation.</summary>
    public const string FieldListPattern = "^(" + Fields + ")(,(" + Fields + "))*$";

    /// <summary>The fields asked for: everything for <c>view=full</c>, else the compact hit and the listed <c>fields</c>.</summary>
    public static HitFields Parse(string? view, string? fields)
    {
        if (string.Equals(view, Full, StringComparison.OrdinalIgnoreCase))
        {
            return HitFields.All;
        }

        var parsed = HitFields.None;
        foreach (var field in (fields ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            parsed |= Enum.TryParse<HitFields>(field, ignoreCase: true, out var one) && one != HitFields.All ? one : HitFields.None;
        }

        return parsed;
    }
}
