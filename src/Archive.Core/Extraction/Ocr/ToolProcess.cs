using System.Diagnostics;

namespace Archive.Core.Extraction.Ocr;

/// <summary>Runs one external tool to its end and returns its standard output; a cancelled run is killed, not left running.</summary>
internal static class ToolProcess
{
    public static async Task<string> RunAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads fight over two cores: one thread per page measured faster (docs/decisions.md).
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                var message = (await error).Trim();
                throw new IOException($"{Path.GetFileName(executable)} failed (exit code {process.ExitCode}){(message.Length > 0 ? ": " + message[..Math.Min(message.Length, 300)] : string.Empty)}");
            }

            return await output;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
