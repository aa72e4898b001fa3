using Archive.Benchmarks.Extraction;
using Archive.Benchmarks.Search;

// dotnet run -c Release --project bench/Archive.Benchmarks -- extraction   PdfPig extractor vs pdftotext
// dotnet run -c Release --project bench/Archive.Benchmarks -- search       search latency and throughput vs SQLite FTS5
return args.FirstOrDefault() switch
{
    "extraction" => ExtractionBenchmark.Run(args[1..]),
    "search" => await SearchBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Archive.Benchmarks -- extraction|search [options]");
    return 2;
}
