using System.Globalization;

namespace Archive.Benchmarks;

/// <summary>What the benchmarks that start the API host as a process of its own ask of it: readiness and memory.</summary>
internal static class ApiHost
{
    /// <summary>
    /// Until <c>/healthz</c> says Healthy, not Degraded (the index open, its vectors loaded and the generation warmed),
    /// then a moment for the commitments the host links in the background.
    /// </summary>
    public static async Task WaitUntilHealthyAsync(string baseUrl, TimeSpan timeout)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(new Uri($"{baseUrl}/healthz"));
                if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).StartsWith("{\"status\":\"Healthy\"", StringComparison.Ordinal))
                {
                    await Task.Delay(TimeSpan.FromSeconds(5));
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the API host did not become healthy");
    }

    /// <summary>A memory figure of a process from <c>/proc/PID/status</c> (VmRSS now, VmHWM its peak), in MB.</summary>
    public static long Megabytes(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
