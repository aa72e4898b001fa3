namespace Archive.Api.Hosting;

/// <summary>The largest request body any endpoint reads: a draft for the precedent checker is a few kilobytes.</summary>
internal static class RequestLimits
{
    /// <summary>1 MiB; Kestrel answers 413 past it without reading further.</summary>
    public const long MaxBodyBytes = 1024 * 1024;
}
