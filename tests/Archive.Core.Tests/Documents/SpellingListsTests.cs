using Archive.Core.Citations;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Search;

namespace Archive.Core.Tests.Documents;

/// <summary>
/// The hosts validate spellings against Core's '|'-separated lists (attributes need constants): each list must be
/// exactly the spellings of its enum, so a new value cannot be refused by the API while Core knows it.
/// </summary>
public sealed class SpellingListsTests
{
    [Fact]
    public void EachList_IsTheSpellingsOfItsEnum()
    {
        Assert.Equal(Spellings(Enum.GetValues<DocumentType>().Select(t => t.ToCode())), Split(DocumentTypes.Codes));
        Assert.Equal(Spellings(Enum.GetValues<DocumentLanguage>().Where(l => l != DocumentLanguage.Unknown).Select(l => l.ToCode())), Split(DocumentLanguages.Codes));
        Assert.Equal(Spellings(Enum.GetValues<CommitmentStrength>().Select(s => s.ToCode())), Split(CommitmentStrengths.Codes));
        Assert.Equal(Spellings(Enum.GetValues<CitationFormat>().Select(f => f.ToCode())), Split(CitationFormats.Codes));
        Assert.Equal(Spellings(Enum.GetValues<SearchMode>().Select(m => m.ToCode())), Split(SearchSpellings.Modes));
        Assert.Equal(Spellings(Enum.GetValues<SearchSort>().Select(s => s.ToCode())), Split(SearchSpellings.Sorts));
    }

    [Fact]
    public void EachSpelling_ParsesBackToItsValue()
    {
        Assert.All(Enum.GetValues<DocumentType>(), t => Assert.True(DocumentTypes.TryParse(t.ToCode(), out var parsed) && parsed == t));
        Assert.All(Enum.GetValues<CommitmentStrength>(), s => Assert.True(CommitmentStrengths.TryParse(s.ToCode(), out var parsed) && parsed == s));
        Assert.All(Enum.GetValues<CitationFormat>(), f => Assert.True(CitationFormats.TryParse(f.ToCode(), out var parsed) && parsed == f));
        Assert.All(Enum.GetValues<SearchMode>(), m => Assert.Equal(m, SearchSpellings.ParseMode(m.ToCode())));
        Assert.All(Enum.GetValues<SearchSort>(), s => Assert.Equal(s, SearchSpellings.ParseSort(s.ToCode())));
    }

    private static SortedSet<string> Spellings(IEnumerable<string> codes) => new(codes, StringComparer.Ordinal);

    private static SortedSet<string> Split(string list) => Spellings(list.Split('|'));
}
