using Archive.Core.Documents;

namespace Archive.Testing;

/// <summary>One document of <see cref="SampleCorpus"/>: its file in <c>corpus/</c>, as the catalog describes it, and how many paragraphs its source has.</summary>
internal sealed record SampleDocument(string File, DocumentLanguage Language, int Conference, int Paragraphs);
