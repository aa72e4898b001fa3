using Archive.Core.Analysis;
using Archive.Core.Commitments;
using Archive.Core.Documents;

namespace Archive.Core.Tests.Commitments;

/// <summary>The clauses the extractor reads in one sentence or paragraph written for a test, as a one-paragraph statement.</summary>
internal static class OneParagraph
{
    private static readonly CommitmentExtractor Extractor = new(new CommitmentRules(new ArchiveAnalyzers()));

    public static IReadOnlyList<Commitment> Clauses(string language, string text)
    {
        var lang = DocumentLanguages.Parse(language);
        var paragraph = new Paragraph($"test-{language}/p1", "p1", "1", 1, null, null, [1], text, "test, para. 1");
        var document = new ArchiveDocument(
            $"test-{language}", "test.txt", "text", lang,
            new DocumentMetadata(DocumentType.CoChairsStatement, "Test", null, null, null, null, Sample: true),
            null, 1, "0", [paragraph], [], []);
        return Extractor.Extract(document, paragraph);
    }
}
