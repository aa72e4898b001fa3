using System.Globalization;
using Archive.Core.Documents;
using Archive.Core.Precedent;

namespace Archive.Contracts;

/// <summary>
/// Has this been agreed before: the one use case behind <c>POST /api/precedent</c>, the <c>find_precedent</c> tool
/// and <c>archive precedent</c>. It checks the draft's limits, asks the finder and maps its answer.
/// </summary>
public sealed class PrecedentQueries(PrecedentFinder finder)
{
    /// <summary>The precedents of <paramref name="request"/>, or what is wrong with it in the caller's names.</summary>
    /// <exception cref="Archive.Core.Indexing.IndexNotReadyException">The index is still being built.</exception>
    public async Task<QueryAnswer<PrecedentResponse>> CheckAsync(PrecedentRequest request, ParameterNames names, CancellationToken cancellationToken)
    {
        var problems = Problems(request, names);
        if (!problems.IsEmpty)
        {
            return new QueryAnswer<PrecedentResponse>(problems);
        }

        var result = await finder.FindAsync(request.Text!, DocumentLanguages.Parse(request.Lang), request.K ?? PrecedentRequest.DefaultK, cancellationToken);
        return new QueryAnswer<PrecedentResponse>(result.ToResponse());
    }

    /// <summary>The record's own rules, then the draft's length (a refusal for size) and its number of words.</summary>
    public static RequestProblems Problems(PrecedentRequest request, ParameterNames names)
    {
        var problems = RequestValidation.Check(request, names);
        if (!problems.IsEmpty)
        {
            return problems;
        }

        var text = request.Text!;
        if (text.Length > PrecedentFinder.MaxCharacters)
        {
            problems.AddTooLarge(nameof(PrecedentRequest.Text), string.Create(CultureInfo.InvariantCulture,
                $"The draft has {text.Length:N0} characters; the precedent checker takes one paragraph, at most {PrecedentFinder.MaxCharacters:N0} characters. Check it paragraph by paragraph."),
                PrecedentFinder.MaxCharacters, text.Length);
        }
        else if (PrecedentFinder.WordsIn(text) < PrecedentFinder.MinWords)
        {
            problems.Add(nameof(PrecedentRequest.Text),
                $"{names.Of(nameof(PrecedentRequest.Text))} must have at least {PrecedentFinder.MinWords} words to be compared with agreed paragraphs.");
        }

        return problems;
    }
}
