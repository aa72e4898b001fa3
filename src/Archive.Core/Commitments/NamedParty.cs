using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>An actor or addressee with the word sequences that name it in each language.</summary>
public sealed record NamedParty(string Id, string English, string Indonesian, IReadOnlyList<string[]> EnglishForms, IReadOnlyList<string[]> IndonesianForms)
{
    public IReadOnlyList<string[]> Forms(DocumentLanguage language) => language == DocumentLanguage.Indonesian ? IndonesianForms : EnglishForms;
}
