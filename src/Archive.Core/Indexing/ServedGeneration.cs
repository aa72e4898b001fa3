using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Translation;

namespace Archive.Core.Indexing;

/// <summary>
/// One index generation as it is served: its name, documents, manifest, ingest report and learned lexicon, all of the
/// same generation. A request reads everything from the one it took (<see cref="LiveIndex.Served"/> or a lease), so a
/// swap in the middle of a request never mixes two generations; what is derived per generation (paragraph vectors,
/// the commitment catalog) is keyed by it.
/// </summary>
public sealed record ServedGeneration(string Name, DocumentLibrary Library, IndexManifest Manifest, IngestReport Report, TranslationLexicon Lexicon);
