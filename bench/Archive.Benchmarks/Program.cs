using Archive.Benchmarks.Commitments;
using Archive.Benchmarks.Embeddings;
using Archive.Benchmarks.Extraction;
using Archive.Benchmarks.Precedent;
using Archive.Benchmarks.Search;
using Archive.Benchmarks.Writes;

// dotnet run -c Release --project bench/Archive.Benchmarks -- extraction   PdfPig extractor vs pdftotext
// dotnet run -c Release --project bench/Archive.Benchmarks -- layout       PdfPig's layout tools vs the archive's (speed; quality through check.py/report.py)
// dotnet run -c Release --project bench/Archive.Benchmarks -- ocr          OCR seconds per page (render, recognise) and similarity to the text layer [--dpi 200,300]
// dotnet run -c Release --project bench/Archive.Benchmarks -- search       search latency and throughput vs SQLite FTS5 [--copies 1,275,2283] [--searches 2000] [--http-seconds 15, 0 for none]
// dotnet run -c Release --project bench/Archive.Benchmarks -- commitments  commitment extraction and lineage linking, x1 and x50
// dotnet run -c Release --project bench/Archive.Benchmarks -- embeddings   embedding throughput; lexical, hybrid and semantic latency at ~120,000 paragraphs
// dotnet run -c Release --project bench/Archive.Benchmarks -- precedent    POST /api/precedent latency, 120-word drafts, ~100,000 paragraphs
// dotnet run -c Release --project bench/Archive.Benchmarks -- writes       adding one 20-page PDF to archives of 20, 200, 2,000 documents [--sizes 20,200]
return args.FirstOrDefault() switch
{
    "extraction" => ExtractionBenchmark.Run(args[1..]),
    "layout" => await LayoutToolsCommand.RunAsync(args[1..]),
    "ocr" => await OcrBenchmark.RunAsync(args[1..]),
    "search" => await SearchBenchmark.RunAsync(args[1..]),
    "commitments" => await CommitmentBenchmark.RunAsync(args[1..]),
    "embeddings" => await EmbeddingBenchmark.RunAsync(args[1..]),
    "precedent" => await PrecedentBenchmark.RunAsync(args[1..]),
    "writes" => await WriteBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Archive.Benchmarks -- extraction|layout|ocr|search|commitments|embeddings|precedent|writes [options]");
    return 2;
}
