using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Drafts;

namespace Archive.Contracts;

/// <summary>
/// Is this whole draft agreed language: the one use case behind <c>POST /api/drafts/review</c>, the
/// <c>review_draft</c> tool and <c>archive review</c>. It checks the request, reads the draft and asks the reviewer.
/// </summary>
public sealed class DraftQueries(DraftReader reader, DraftReviewer reviewer)
{
    /// <summary>Most characters of draft text taken at once (about a hundred long paragraphs).</summary>
    public const int MaxCharacters = 500_000;

    /// <summary>The review of a draft given as JSON, or what is wrong with the request in the caller's names.</summary>
    /// <exception cref="Archive.Core.Indexing.IndexNotReadyException">The index is still being built.</exception>
    public async Task<QueryAnswer<DraftReview>> ReviewAsync(DraftReviewRequest request, ParameterNames names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = Problems(request, names);
        if (!problems.IsEmpty)
        {
            return new QueryAnswer<DraftReview>(problems);
        }

        var draft = request.Paragraphs is { } paragraphs
            ? new Draft(null, [.. paragraphs.Select(p => new DraftParagraph(null, p.Trim()))], [])
            : await reader.ReadTextAsync(request.Text!, cancellationToken);
        return await ReviewAsync(draft, request.Lang, request.K, names, cancellationToken);
    }

    /// <summary>The review of a draft file (Word, PDF, HTML or text, told apart by content).</summary>
    /// <exception cref="UnsupportedDraftException">The bytes are of no format the archive reads.</exception>
    /// <exception cref="Archive.Core.Extraction.ExtractionFailedException">The file cannot be read.</exception>
    public async Task<QueryAnswer<DraftReview>> ReviewFileAsync(byte[] content, string? fileName, string? lang, int? k, ParameterNames names, CancellationToken cancellationToken)
    {
        var problems = RequestValidation.Check(new DraftReviewRequest { Lang = lang, K = k, Text = string.Empty }, names);
        if (!problems.IsEmpty)
        {
            return new QueryAnswer<DraftReview>(problems);
        }

        var draft = await reader.ReadAsync(content, fileName, cancellationToken);
        return await ReviewAsync(draft, lang, k, names, cancellationToken);
    }

    private async Task<QueryAnswer<DraftReview>> ReviewAsync(Draft draft, string? lang, int? k, ParameterNames names, CancellationToken cancellationToken)
    {
        if (draft.Paragraphs.Count == 0)
        {
            var problems = new RequestProblems();
            problems.Add(nameof(DraftReviewRequest.Paragraphs), "The draft has no paragraphs to check.");
            return new QueryAnswer<DraftReview>(problems);
        }

        if (draft.Paragraphs.Count > DraftReviewer.MaxParagraphs)
        {
            var problems = new RequestProblems();
            problems.AddTooLarge(nameof(DraftReviewRequest.Paragraphs), string.Create(CultureInfo.InvariantCulture,
                $"The draft has {draft.Paragraphs.Count:N0} paragraphs; a review takes at most {DraftReviewer.MaxParagraphs:N0}. Review it in parts."),
                DraftReviewer.MaxParagraphs, draft.Paragraphs.Count);
            return new QueryAnswer<DraftReview>(problems);
        }

        var review = await reviewer.ReviewAsync(draft, DocumentLanguages.Parse(lang), k ?? DraftReviewRequest.DefaultK, cancellationToken);
        return new QueryAnswer<DraftReview>(review);
    }

    /// <summary>The record's own rules, then one of paragraphs or text, within the size limit.</summary>
    public static RequestProblems Problems(DraftReviewRequest request, ParameterNames names)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = RequestValidation.Check(request, names);
        if (!problems.IsEmpty)
        {
            return problems;
        }

        var (paragraphs, text) = (names.Of(nameof(DraftReviewRequest.Paragraphs)), names.Of(nameof(DraftReviewRequest.Text)));
        if ((request.Paragraphs is null) == string.IsNullOrWhiteSpace(request.Text))
        {
            problems.Add(nameof(DraftReviewRequest.Paragraphs), $"Give the draft as {paragraphs} (a list) or as {text}, one of the two.");
        }
        else if (request.Paragraphs is { } list && list.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(nameof(DraftReviewRequest.Paragraphs), $"{paragraphs} must not hold empty paragraphs.");
        }
        else if ((request.Text?.Length ?? request.Paragraphs!.Sum(p => p.Length)) is var length && length > MaxCharacters)
        {
            problems.AddTooLarge(request.Text is null ? nameof(DraftReviewRequest.Paragraphs) : nameof(DraftReviewRequest.Text),
                string.Create(CultureInfo.InvariantCulture, $"The draft has {length:N0} characters; a review takes at most {MaxCharacters:N0}."), MaxCharacters, length);
        }

        return problems;
    }
}
