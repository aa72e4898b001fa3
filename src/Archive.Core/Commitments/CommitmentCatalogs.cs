using System.Runtime.CompilerServices;
using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// The commitment catalog of each library, built once on first use: a rebuilt index brings a new library, and its
/// catalog is built when it is first asked for; an old library's catalog goes with it.
/// </summary>
public sealed class CommitmentCatalogs(CommitmentExtractor extractor, LineageLinker linker)
{
    private readonly ConditionalWeakTable<DocumentLibrary, Lazy<CommitmentCatalog>> _catalogs = [];

    public CommitmentCatalog For(DocumentLibrary library) =>
        _catalogs.GetValue(library, l => new Lazy<CommitmentCatalog>(() => CommitmentCatalog.Build(l, extractor, linker))).Value;
}
