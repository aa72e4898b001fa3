using Archive.Core.Indexing;

namespace Archive.Contracts;

/// <summary>
/// The served generation as a file for other tools: the one use case behind <c>GET /api/export/tmx</c> and
/// <c>archive export --format tmx</c>. It validates the filters and takes the generation the export is written from.
/// </summary>
public sealed class ExportQueries(LiveIndex index)
{
    /// <summary>The translation memory <paramref name="query"/> asks for, or what is wrong with it in the caller's names.</summary>
    /// <exception cref="IndexNotReadyException">No index generation is served yet.</exception>
    public QueryAnswer<TmxExport> Tmx(TmxExportQuery query, ParameterNames names)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (RequestValidation.Check(query, names) is { IsEmpty: false } problems)
        {
            return new QueryAnswer<TmxExport>(problems);
        }

        // Read once: a rebuild swapping a generation in while the file streams does not mix two in one file.
        var served = index.Served;
        return new QueryAnswer<TmxExport>(new TmxExport(served.Name, served.Library, query.ToFilter()));
    }
}
