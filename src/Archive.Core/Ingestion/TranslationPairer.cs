using Archive.Core.Documents;

namespace Archive.Core.Ingestion;

/// <summary>
/// Links the English and Indonesian versions of a document (same work key) and aligns their paragraphs: by anchor
/// (the printed number) first, then the rest by order within each part, so every paragraph knows its counterpart.
/// </summary>
public static class TranslationPairer
{
    public static IReadOnlyList<ArchiveDocument> Pair(IReadOnlyList<ArchiveDocument> documents, List<string> corpusWarnings)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(corpusWarnings);
        var paired = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var work in documents.GroupBy(d => d.WorkKey))
        {
            var english = work.Where(d => d.Language == DocumentLanguage.English).ToList();
            var indonesian = work.Where(d => d.Language == DocumentLanguage.Indonesian).ToList();
            if (english.Count != 1 || indonesian.Count != 1)
            {
                continue;
            }

            var (en, id) = Align(english[0], indonesian[0]);
            paired[en.Id] = en;
            paired[id.Id] = id;
            var unmatched = en.Paragraphs.Count(p => p.CounterpartId is null) + id.Paragraphs.Count(p => p.CounterpartId is null);
            if (unmatched > 0)
            {
                corpusWarnings.Add($"{en.Id} and {id.Id}: {unmatched} paragraphs have no counterpart in the other language");
            }
        }

        return [.. documents.Select(d => paired[d.Id])];
    }

    private static (ArchiveDocument English, ArchiveDocument Indonesian) Align(ArchiveDocument english, ArchiveDocument indonesian)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var indonesianAnchors = indonesian.Paragraphs.ToDictionary(p => p.Anchor, StringComparer.Ordinal);
        foreach (var paragraph in english.Paragraphs.Where(p => p.Number is not null))
        {
            if (indonesianAnchors.TryGetValue(paragraph.Anchor, out var counterpart))
            {
                pairs[paragraph.Id] = counterpart.Id;
            }
        }

        // Unnumbered paragraphs (and numbered ones whose numbers differ) align by order within their part.
        var pairedIndonesian = pairs.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var part in english.Paragraphs.Where(p => !pairs.ContainsKey(p.Id)).GroupBy(p => p.Attachment))
        {
            var candidates = indonesian.Paragraphs
                .Where(p => p.Attachment == part.Key && !pairedIndonesian.Contains(p.Id))
                .ToList();
            foreach (var (en, id) in part.Zip(candidates))
            {
                pairs[en.Id] = id.Id;
            }
        }

        var reverse = pairs.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        return (
            english with
            {
                CounterpartId = indonesian.Id,
                Paragraphs = [.. english.Paragraphs.Select(p => p with { CounterpartId = pairs.GetValueOrDefault(p.Id) })],
            },
            indonesian with
            {
                CounterpartId = english.Id,
                Paragraphs = [.. indonesian.Paragraphs.Select(p => p with { CounterpartId = reverse.GetValueOrDefault(p.Id) })],
            });
    }
}
