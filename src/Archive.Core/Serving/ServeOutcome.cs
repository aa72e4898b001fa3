namespace Archive.Core.Serving;

/// <summary>What serving the latest generation changed.</summary>
/// <param name="Swapped">A newer generation was swapped in.</param>
/// <param name="VectorsLoaded">The served generation's paragraph vectors were loaded now.</param>
public sealed record ServeOutcome(bool Swapped, bool VectorsLoaded);
