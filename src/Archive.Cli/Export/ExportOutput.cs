using System.Text;

namespace Archive.Cli.Export;

/// <summary>
/// Where an export goes: standard output, or a file. A file is written under a temporary name beside it and renamed
/// when complete, so an export that fails or is cancelled never leaves half a bulk body under the name asked for.
/// </summary>
internal sealed class ExportOutput : IAsyncDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private StreamWriter? _file;
    private bool _completed;

    private ExportOutput(TextWriter writer, string? path = null, string? temporary = null, StreamWriter? file = null)
    {
        Writer = writer;
        _path = path;
        _temporary = temporary;
        _file = file;
    }

    public TextWriter Writer { get; }

    /// <summary>The file's full path, or "standard output".</summary>
    public string Target => _path ?? "standard output";

    /// <summary>Opens <paramref name="path"/> for writing; null or "-" is <paramref name="standardOutput"/>.</summary>
    /// <exception cref="IOException">The file cannot be written (also a folder, or a folder that does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file's folder may not be written.</exception>
    public static ExportOutput Open(string? path, TextWriter standardOutput)
    {
        if (path is null or "-")
        {
            return new ExportOutput(standardOutput);
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{full} is a folder");
        }

        // Said here, or the error would name the temporary file.
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder {folder} does not exist");
        }

        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, FileOptions.Asynchronous);
        var file = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new ExportOutput(file, full, temporary, file);
    }

    /// <summary>Flushes what was written and, for a file, renames it into place.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await Writer.FlushAsync(cancellationToken);
        if (_file is not null)
        {
            await _file.DisposeAsync();
            _file = null;
            File.Move(_temporary!, _path!, overwrite: true);
        }

        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }

        if (!_completed && _temporary is not null)
        {
            File.Delete(_temporary);
        }
    }
}
