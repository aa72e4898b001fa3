using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>Which commitments to list; a null field does not filter.</summary>
/// <param name="Words">Words the clause must all contain (any case).</param>
public sealed record CommitmentFilter(
    string? Topic = null,
    string? Actor = null,
    string? Addressee = null,
    CommitmentStrength? Strength = null,
    int? Conference = null,
    DocumentLanguage? Language = null,
    string? Words = null)
{
    public IEnumerable<Commitment> Apply(IEnumerable<Commitment> commitments)
    {
        var words = (Words ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return commitments
            .Where(c => Topic is null || c.Topics.Any(t => t.Topic == Topic))
            .Where(c => Actor is null || c.Actor == Actor)
            .Where(c => Addressee is null || c.Addressee == Addressee)
            .Where(c => Strength is null || c.Strength == Strength)
            .Where(c => Conference is null || c.Conference == Conference)
            .Where(c => Language is null || c.Language == Language)
            .Where(c => words.All(w => c.Action.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }
}
