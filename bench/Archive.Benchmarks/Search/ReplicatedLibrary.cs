using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Benchmarks.Search;

/// <summary>
/// The sample library copied <c>n</c> times under distinct ids (bpmc6-2016-cochairs-r7-en…), translations still
/// paired, to measure how search latency grows with the size of the archive.
/// </summary>
internal static class ReplicatedLibrary
{
    public static IngestResult Create(IngestResult sample, int copies)
    {
        var documents = new List<ArchiveDocument>(sample.Library.Documents.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            documents.AddRange(sample.Library.Documents.Select(d => Copy(d, copy)));
        }

        return new IngestResult(new DocumentLibrary(documents), sample.Report);
    }

    private static ArchiveDocument Copy(ArchiveDocument document, int copy)
    {
        if (copy == 0)
        {
            return document;
        }

        return document with
        {
            Id = Rename(document.Id, copy),
            CounterpartId = document.CounterpartId is { } c ? Rename(c, copy) : null,
            Paragraphs = [.. document.Paragraphs.Select(p => p with
            {
                Id = RenameParagraph(p.Id, copy),
                CounterpartId = p.CounterpartId is { } cp ? RenameParagraph(cp, copy) : null,
            })],
        };
    }

    private static string Rename(string documentId, int copy) =>
        $"{DocumentIdentity.WorkKey(documentId)}-r{copy}{documentId[DocumentIdentity.WorkKey(documentId).Length..]}";

    private static string RenameParagraph(string paragraphId, int copy) =>
        DocumentIdentity.TrySplitParagraphId(paragraphId, out var document, out var anchor)
            ? DocumentIdentity.ParagraphId(Rename(document, copy), anchor)
            : paragraphId;
}
