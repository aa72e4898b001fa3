using DiffPlex;

namespace Archive.Core.Precedent;

/// <summary>
/// The word-level difference between agreed text and a draft (DiffPlex's Myers diff over word tokens): runs of
/// unchanged, deleted (in the agreed text, not in the draft) and inserted (new in the draft) words, and how alike the
/// two are, 2 × unchanged words ÷ all words (1 for the same wording, 0 for nothing in common).
/// </summary>
public static class WordDiff
{
    public static DiffOutcome Compute(IReadOnlyList<WordToken> agreed, IReadOnlyList<WordToken> draft)
    {
        ArgumentNullException.ThrowIfNull(agreed);
        ArgumentNullException.ThrowIfNull(draft);
        var result = Differ.Instance.CreateDiffs(Keys(agreed), Keys(draft), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var runs = new List<DiffRun>();
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, DiffOperation.Unchanged, draft, b, block.InsertStartB - b);
            Add(runs, DiffOperation.Deleted, agreed, block.DeleteStartA, block.DeleteCountA);
            Add(runs, DiffOperation.Inserted, draft, block.InsertStartB, block.InsertCountB);
            b = block.InsertStartB + block.InsertCountB;
        }

        Add(runs, DiffOperation.Unchanged, draft, b, draft.Count - b);
        var unchanged = runs.Where(r => r.Operation == DiffOperation.Unchanged).Sum(r => r.WordCount);
        var words = agreed.Count(t => t.IsWord) + draft.Count(t => t.IsWord);
        return new DiffOutcome(runs, words == 0 ? 0 : 2.0 * unchanged / words, unchanged);
    }

    // One token per line: DiffPlex's line chunker then diffs token by token.
    private static string Keys(IReadOnlyList<WordToken> tokens) => string.Join('\n', tokens.Select(t => t.Key));

    private static void Add(List<DiffRun> runs, DiffOperation operation, IReadOnlyList<WordToken> tokens, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var slice = tokens.Skip(start).Take(count).ToList();
        runs.Add(new DiffRun(operation, WordTokens.Join(slice), slice.Count(t => t.IsWord)));
    }

    private sealed class LineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Split('\n');
    }
}
