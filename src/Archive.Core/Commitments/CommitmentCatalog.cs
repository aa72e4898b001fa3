using System.Collections.Frozen;
using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// Every commitment of a library with its meeting and its lineage. Lineages are linked in English, where most
/// documents have a version, and mirrored onto the Indonesian twins (the same clause of the counterpart paragraph), so
/// both language versions of a commitment share a lineage id; Indonesian commitments without an English twin are
/// linked among themselves. Where twins disagree in strength or addressee, <see cref="Disagreements"/> says so.
/// </summary>
public sealed class CommitmentCatalog
{
    private readonly FrozenDictionary<string, Commitment> _byId;
    private readonly FrozenDictionary<string, IReadOnlyList<Commitment>> _byParagraph;
    private readonly Dictionary<string, (string LineageId, LineageStep Step)> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, DocumentLanguage Language), Lineage> _lineages = [];

    private CommitmentCatalog(List<Commitment> commitments)
    {
        Commitments = commitments;
        _byId = commitments.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _byParagraph = commitments.GroupBy(c => c.ParagraphId)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Commitment>)[.. g], StringComparer.Ordinal);
    }

    /// <summary>All commitments, in document and paragraph order.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>Twin clauses (English and Indonesian versions of one clause) whose strength or addressee differ.</summary>
    public IReadOnlyList<(Commitment English, Commitment Indonesian)> Disagreements { get; private set; } = [];

    /// <param name="embedding">The embedding signal for lineage linking, when embeddings are on.</param>
    /// <param name="clausesOf">Reads a paragraph's clauses; the extractor's own reading unless given (a memo of an earlier catalog's).</param>
    public static CommitmentCatalog Build(
        DocumentLibrary library,
        CommitmentExtractor extractor,
        LineageLinker linker,
        ICommitmentSimilarity? embedding = null,
        Func<ArchiveDocument, Paragraph, IReadOnlyList<Commitment>>? clausesOf = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(linker);
        var catalog = new CommitmentCatalog(Extract(library, extractor, clausesOf ?? extractor.Extract));
        var english = catalog.Commitments.Where(c => c.Language != DocumentLanguage.Indonesian).ToList();
        foreach (var lineage in catalog.LinkPrimaries(english, library, linker, embedding))
        {
            catalog.Add(lineage, DocumentLanguage.English);
        }

        catalog.JoinParagraphLineages(english);

        var twins = catalog.Commitments.Where(c => c.Language == DocumentLanguage.Indonesian)
            .Select(c => (Indonesian: c, English: catalog.TwinOf(c, library)))
            .ToList();
        catalog.Disagreements = [.. twins.Where(t => t.English is not null
                && (t.English.Strength != t.Indonesian.Strength || t.English.Addressee != t.Indonesian.Addressee))
            .Select(t => (t.English!, t.Indonesian))];
        // Lineages are linked paragraph by paragraph (LinkPrimaries), so they are mirrored the same way: the
        // strongest clause of the counterpart paragraph takes the English step, even where the two versions split
        // the paragraph into a different number of clauses. Paragraphs with no English step are linked on their own.
        var mirrored = catalog.IndonesianPrimaries(library);
        catalog.MirrorIntoIndonesian(mirrored, linker);
        var mirroredParagraphs = mirrored.Values.Select(c => c.ParagraphId).ToHashSet(StringComparer.Ordinal);
        var unmirrored = twins.Select(t => t.Indonesian).Where(c => !mirroredParagraphs.Contains(c.ParagraphId)).ToList();
        foreach (var lineage in catalog.LinkPrimaries(unmirrored, library, linker, embedding))
        {
            catalog.Add(lineage, DocumentLanguage.Indonesian);
        }

        catalog.JoinParagraphLineages(twins.Select(t => t.Indonesian));
        return catalog;
    }

    /// <summary>
    /// Every paragraph's clauses, each with its meeting; a paragraph with none in its own words takes its
    /// counterpart's reading.
    /// </summary>
    private static List<Commitment> Extract(DocumentLibrary library, CommitmentExtractor extractor, Func<ArchiveDocument, Paragraph, IReadOnlyList<Commitment>> clausesOf)
    {
        var own = library.Documents
            .SelectMany(d => d.Paragraphs.Select(p => (Document: d, Paragraph: p, Clauses: clausesOf(d, p))))
            .ToList();
        var byParagraph = own.ToDictionary(x => x.Paragraph.Id, x => x.Clauses, StringComparer.Ordinal);
        return [.. own.SelectMany(x => x.Clauses.Count > 0 ? x.Clauses
                : x.Paragraph.CounterpartId is { } counterpart && byParagraph.TryGetValue(counterpart, out var theirs)
                    && extractor.FromCounterpart(x.Document, x.Paragraph, theirs) is { } borrowed
                    ? [borrowed]
                    : [])
            .Select(c => c with { Meeting = library.Meetings.OfDocument(c.DocumentId) })];
    }

    public Commitment? Find(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<Commitment> InParagraph(string paragraphId) => _byParagraph.GetValueOrDefault(paragraphId) ?? [];

    /// <summary>The lineage a commitment belongs to, in the commitment's language, and its step in it.</summary>
    public (Lineage Lineage, LineageStep Step)? LineageOf(string commitmentId) =>
        _steps.TryGetValue(commitmentId, out var found) && _byId.TryGetValue(commitmentId, out var commitment)
            && _lineages.TryGetValue((found.LineageId, Language(commitment)), out var lineage)
            ? (lineage, found.Step)
            : null;

    /// <summary>All lineages of one language.</summary>
    public IEnumerable<Lineage> Lineages(DocumentLanguage language) =>
        _lineages.Where(l => l.Key.Language == Language(language)).Select(l => l.Value);

    /// <summary>
    /// Links the strongest clause of each paragraph, which carries the paragraph's lineage: its other clauses
    /// (sub-items, a welcome before the decision) are the same undertaking, and linking each on its own would split
    /// lineages. Wording is compared over the whole paragraph, which says more about the undertaking than one clause.
    /// </summary>
    private IEnumerable<Lineage> LinkPrimaries(IEnumerable<Commitment> commitments, DocumentLibrary library, LineageLinker linker, ICommitmentSimilarity? embedding)
    {
        var primaries = commitments.GroupBy(c => c.ParagraphId).Select(g => g.OrderByDescending(c => c.Strength).First()).ToList();
        var widened = primaries.Select(c => c with { Action = library.FindParagraph(c.ParagraphId)?.Paragraph.Text ?? c.Action }).ToList();
        return linker.Link(widened, embedding).Select(l => l with
        {
            Steps = [.. l.Steps.Select(step => step with { Commitment = _byId[step.Commitment.Id] })],
        });
    }

    /// <summary>Gives every other clause of a paragraph its primary clause's lineage and status.</summary>
    private void JoinParagraphLineages(IEnumerable<Commitment> commitments)
    {
        foreach (var commitment in commitments.Where(c => !_steps.ContainsKey(c.Id)))
        {
            var primary = InParagraph(commitment.ParagraphId).FirstOrDefault(c => _steps.ContainsKey(c.Id));
            if (primary is not null && _steps[primary.Id] is var (lineageId, step))
            {
                _steps[commitment.Id] = (lineageId, step with { Commitment = commitment });
            }
        }
    }

    private void Add(Lineage lineage, DocumentLanguage language)
    {
        _lineages[(lineage.Id, language)] = lineage;
        foreach (var step in lineage.Steps)
        {
            _steps[step.Commitment.Id] = (lineage.Id, step);
        }
    }

    /// <summary>
    /// Copies each English lineage onto the Indonesian twins of its steps; the evidence of each link is restated in
    /// the Indonesian words the two clauses share, so a reader of either language can judge it. Each status is read
    /// again from the Indonesian strengths, so that a step stands to the step shown before it (a step with no twin
    /// is skipped, and twins read differently say so), as <see cref="MeetingChanges"/> reads them.
    /// </summary>
    private void MirrorIntoIndonesian(Dictionary<string, Commitment> indonesianOf, LineageLinker linker)
    {
        foreach (var lineage in Lineages(DocumentLanguage.English).ToList())
        {
            var steps = lineage.Steps
                .Select(s => indonesianOf.TryGetValue(s.Commitment.Id, out var twin) ? s with { Commitment = twin } : null)
                .OfType<LineageStep>()
                .ToList();
            if (steps.Count == 0)
            {
                continue;
            }

            steps[0] = steps[0] with { Status = LineageStatus.New, Similarity = null, SharedTerms = [] };
            for (var i = 1; i < steps.Count; i++)
            {
                var (before, now) = (steps[i - 1].Commitment, steps[i].Commitment);
                steps[i] = steps[i] with { Status = LineageStatuses.Between(before.Strength, now.Strength), SharedTerms = linker.SharedWords(before, now) };
            }

            // Where the English lineage goes on past its last twin, the Indonesian one ends there.
            var last = steps[^1].Commitment.Meeting;
            var droppedAfter = last != lineage.Steps[^1].Commitment.Meeting ? last : lineage.DroppedAfter;
            Add(lineage with { Steps = steps, DroppedAfter = droppedAfter }, DocumentLanguage.Indonesian);
        }
    }

    /// <summary>For each English lineage step, the strongest clause of its paragraph's Indonesian counterpart.</summary>
    private Dictionary<string, Commitment> IndonesianPrimaries(DocumentLibrary library)
    {
        var primaries = new Dictionary<string, Commitment>(StringComparer.Ordinal);
        foreach (var commitment in Lineages(DocumentLanguage.English).SelectMany(l => l.Steps).Select(s => s.Commitment))
        {
            if (library.FindParagraph(commitment.ParagraphId)?.Paragraph.CounterpartId is { } counterpart
                && InParagraph(counterpart).OrderByDescending(c => c.Strength).FirstOrDefault() is { } indonesian)
            {
                primaries[commitment.Id] = indonesian;
            }
        }

        return primaries;
    }

    /// <summary>The English clause of the counterpart paragraph in the same position, when the paragraph has one.</summary>
    private Commitment? TwinOf(Commitment indonesian, DocumentLibrary library)
    {
        if (library.FindParagraph(indonesian.ParagraphId)?.Paragraph.CounterpartId is not { } counterpart)
        {
            return null;
        }

        var mine = InParagraph(indonesian.ParagraphId);
        var theirs = InParagraph(counterpart);
        var index = mine.ToList().IndexOf(indonesian);
        return mine.Count == theirs.Count ? theirs[index]
            : theirs.FirstOrDefault(c => c.Strength == indonesian.Strength && c.Addressee == indonesian.Addressee);
    }

    private static DocumentLanguage Language(Commitment commitment) => Language(commitment.Language);

    private static DocumentLanguage Language(DocumentLanguage language) =>
        language == DocumentLanguage.Indonesian ? DocumentLanguage.Indonesian : DocumentLanguage.English;
}
