using Archive.Core.Documents;
using Archive.Core.Export;

namespace Archive.Contracts;

/// <summary>
/// Which aligned paragraph pairs a translation memory holds: the parameters of <c>GET /api/export/tmx</c> and the
/// filters of <c>archive export --format tmx</c>, the document filters of a search.
/// </summary>
public sealed record TmxExportQuery : DocumentFilters
{
    /// <summary>The Core filter; call it on a query that has passed validation, whose every value parses.</summary>
    public TranslationMemoryFilter ToFilter() =>
        new(DocumentTypes.TryParse(Type, out var type) ? type : null, Conference, From, To, Sample);
}
