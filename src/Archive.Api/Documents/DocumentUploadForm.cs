namespace Archive.Api.Documents;

/// <summary>The upload form as the API reference shows it; requests are read part by part by <see cref="UploadForm"/>.</summary>
internal sealed class DocumentUploadForm
{
    /// <summary>The document: PDF, Word (.docx), HTML, text or Markdown, told apart by content.</summary>
    public required IFormFile File { get; init; }

    /// <summary>en or id; read from the text when left out.</summary>
    public string? Language { get; init; }

    /// <summary>co-chairs-statement, declaration, framework, strategy or other.</summary>
    public string? Type { get; init; }

    /// <summary>The Ministerial Conference's number, 1-99.</summary>
    public int? Conference { get; init; }

    /// <summary>2016-03-23, 2016-03 or 2016.</summary>
    public string? Date { get; init; }

    public string? Place { get; init; }

    public string? Title { get; init; }

    /// <summary>The id of the same document in the other language, to pair them (when adding only).</summary>
    public string? Counterpart { get; init; }

    /// <summary>Who issued it ("Security Council", "Kementerian Luar Negeri"), named as its author in citations; read from its cover when left out.</summary>
    public string? Issuer { get; init; }
}
