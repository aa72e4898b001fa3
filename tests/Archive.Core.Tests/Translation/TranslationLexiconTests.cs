using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Core.Translation;

namespace Archive.Core.Tests.Translation;

public sealed class TranslationLexiconTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SaveThenLoad_GivesTheSameTranslations()
    {
        var lexicon = new TranslationLexicon(new()
        {
            [(DocumentLanguage.Indonesian, "korban")] = [new LearnedTranslation("victim", "victims", 1, 47)],
            [(DocumentLanguage.English, "work")] = [new LearnedTranslation("kerja", "kerja", 0.556, 85), new LearnedTranslation("pekerja", "pekerja", 0.5, 20)],
        });
        var path = _folder.File(TranslationLexicon.FileName);

        await lexicon.SaveAsync(path, TestContext.Current.CancellationToken);
        var loaded = await TranslationLexicon.LoadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(2, loaded.Count);
        Assert.Equal(lexicon.Of(DocumentLanguage.Indonesian, "korban"), loaded.Of(DocumentLanguage.Indonesian, "korban"));
        Assert.Equal(lexicon.Of(DocumentLanguage.English, "work"), loaded.Of(DocumentLanguage.English, "work"));
        Assert.Empty(loaded.Of(DocumentLanguage.English, "korban"));
    }

    [Fact]
    public async Task Load_WithoutFile_IsEmpty()
    {
        var loaded = await TranslationLexicon.LoadAsync(_folder.File("none.tsv"), TestContext.Current.CancellationToken);

        Assert.Same(TranslationLexicon.Empty, loaded);
    }

    [Fact]
    public async Task Load_FileWithoutAColumn_SaysWhichOne()
    {
        var path = _folder.File(TranslationLexicon.FileName);
        await File.WriteAllTextAsync(path, "from\tterm\ttranslation\tword\tprobability\nid\tkorban\tvictim\tvictims\t1\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => TranslationLexicon.LoadAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("\"links\"", error.Message, StringComparison.Ordinal);
    }
}
