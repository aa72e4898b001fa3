using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>The paragraphs close enough to the query to match, and the closest of them in order with their ranks.</summary>
internal sealed record SemanticMatches(FixedBitSet All, IReadOnlyList<(int Doc, double Cosine, int Rank)> Closest);
