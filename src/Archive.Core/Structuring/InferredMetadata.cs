using Archive.Core.Documents;

namespace Archive.Core.Structuring;

/// <summary>What the text of a document says about itself; each field null when the text does not say.</summary>
public sealed record InferredMetadata(DocumentType? Type, int? Conference, PartialDate? Date, string? Place);
