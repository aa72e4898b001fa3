using Archive.Core.Analysis;
using Archive.Core.Commitments;
using Archive.Core.Drafts;
using Archive.Core.Embeddings;
using Archive.Core.FollowUp;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Core.Precedent;
using Archive.Core.Search;
using Archive.Core.Serving;
using Archive.Core.Translation;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core;

public static class ArchiveCoreServiceCollectionExtensions
{
    /// <summary>
    /// Every Core capability, each registered by its own folder's extension once: what the API, the CLI, the tests
    /// and the benchmarks all run on. The host adds configuration and logging.
    /// </summary>
    public static IServiceCollection AddArchiveCore(this IServiceCollection services) => services
        .AddAnalysis()
        .AddTranslation()
        .AddIngestion()
        .AddEmbeddings()
        .AddIndexing()
        .AddSearch()
        .AddCommitments()
        .AddFollowUp()
        .AddPrecedent()
        .AddDrafts()
        .AddServing();
}
