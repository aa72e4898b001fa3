using Archive.Core.Documents;
using Archive.Core.Export;

namespace Archive.Contracts;

/// <summary>A translation memory ready to write: the generation that was served when it was asked for, and the filter.</summary>
public sealed class TmxExport
{
    private readonly DocumentLibrary _library;
    private readonly TranslationMemoryFilter _filter;

    internal TmxExport(string generation, DocumentLibrary library, TranslationMemoryFilter filter)
    {
        Generation = generation;
        _library = library;
        _filter = filter;
    }

    /// <summary>The name of the index generation the units come from.</summary>
    public string Generation { get; }

    /// <summary>Writes the TMX document (<see cref="TmxWriter"/>); flushes <paramref name="output"/>, does not close it.</summary>
    public Task<TmxExportSummary> WriteAsync(TextWriter output, CancellationToken cancellationToken) =>
        TmxWriter.WriteAsync(output, _library, _filter, cancellationToken);
}
