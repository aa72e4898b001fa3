namespace Archive.Cli.Hosting;

/// <summary>
/// Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool and so could
/// print report lines out of order or after the summary.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
