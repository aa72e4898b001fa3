using Archive.Core.Precedent;

namespace Archive.Core.Tests.Precedent;

public sealed class WordDiffTests
{
    private static DiffOutcome Diff(string agreed, string draft) => WordDiff.Compute(WordTokens.Of(agreed), WordTokens.Of(draft));

    [Fact]
    public void SameWording_IsOneUnchangedRun_WhateverTheCase()
    {
        var diff = Diff("Ministers agreed to strengthen cooperation on returns.", "ministers agreed to strengthen cooperation on Returns.");

        Assert.Equal(1.0, diff.Similarity, 3);
        var run = Assert.Single(diff.Runs);
        Assert.Equal(DiffOperation.Unchanged, run.Operation);
        Assert.Equal("ministers agreed to strengthen cooperation on Returns.", run.Text);
    }

    [Fact]
    public void ChangedWords_AreDeletedFromTheAgreedTextAndInsertedInTheDraft()
    {
        var diff = Diff(
            "Ministers encouraged members to strengthen cooperation on voluntary returns.",
            "Ministers decided that members shall strengthen cooperation on safe and voluntary returns.");

        Assert.Equal(
            [
                (DiffOperation.Unchanged, "Ministers"),
                (DiffOperation.Deleted, "encouraged"),
                (DiffOperation.Inserted, "decided that"),
                (DiffOperation.Unchanged, "members"),
                (DiffOperation.Deleted, "to"),
                (DiffOperation.Inserted, "shall"),
                (DiffOperation.Unchanged, "strengthen cooperation on"),
                (DiffOperation.Inserted, "safe and"),
                (DiffOperation.Unchanged, "voluntary returns."),
            ],
            diff.Runs.Select(r => (r.Operation, r.Text)));
        Assert.Equal(7, diff.UnchangedWords);
        Assert.Equal(2.0 * 7 / (9 + 12), diff.Similarity, 3);
    }

    [Fact]
    public void NothingInCommon_IsSimilarityZero()
    {
        Assert.Equal(0, Diff("alpha beta gamma", "delta epsilon zeta").Similarity);
    }
}

public sealed class VerbatimSpansTests
{
    [Fact]
    public void SixWordsOrMoreInARow_AreAgreedLanguage_FewerAreNot()
    {
        const string agreed = "Ministers reaffirmed the importance of voluntary return and sustainable reintegration of migrants, and welcomed the work of IOM.";
        const string draft = "We reaffirm the importance of voluntary return and sustainable reintegration of migrants; we welcomed the work of UNHCR.";

        var spans = VerbatimSpans.Find(draft, WordTokens.Of(draft), WordTokens.Of(agreed));

        var span = Assert.Single(spans);
        Assert.Equal("the importance of voluntary return and sustainable reintegration of migrants", span.Text);
        Assert.Equal(10, span.WordCount);
        Assert.Equal(draft.IndexOf("the importance", StringComparison.Ordinal), span.Start);
        Assert.Equal(draft[span.Start..span.End], span.Text);
    }

    [Fact]
    public void Spans_DoNotOverlap_AndComeInDraftOrder()
    {
        const string agreed = "one two three four five six seven. alpha beta gamma delta epsilon zeta eta.";
        const string draft = "alpha beta gamma delta epsilon zeta and then one two three four five six seven";

        var spans = VerbatimSpans.Find(draft, WordTokens.Of(draft), WordTokens.Of(agreed));

        Assert.Equal(["alpha beta gamma delta epsilon zeta", "one two three four five six seven"], spans.Select(s => s.Text));
    }

    [Fact]
    public void IndonesianDraft_IsComparedWordForWordToo()
    {
        const string agreed = "Para Menteri sepakat untuk memperkuat kerja sama dalam pemulangan sukarela dan reintegrasi berkelanjutan.";
        const string draft = "Kami sepakat untuk memperkuat kerja sama dalam pemulangan yang aman.";

        var span = Assert.Single(VerbatimSpans.Find(draft, WordTokens.Of(draft), WordTokens.Of(agreed)));
        Assert.Equal("sepakat untuk memperkuat kerja sama dalam pemulangan", span.Text);
    }
}
