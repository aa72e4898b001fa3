using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Archive.Api.Hosting;
using Archive.Contracts;
using Archive.Core.Search;
using Microsoft.SemanticKernel;

namespace Archive.Api.Assistants;

/// <summary>
/// The archive's read-only functions for AI assistants, written once: Semantic Kernel calls them as a plugin and the
/// MCP server at <c>/mcp</c> exposes the same methods as tools (<see cref="ArchiveMcpExtensions"/>). Each asks the use
/// case its HTTP endpoint asks (<see cref="SearchQueries"/>, <see cref="PrecedentQueries"/>, <see cref="DraftQueries"/>, <see cref="CommitmentQueries"/>,
/// <see cref="ChangeQueries"/>) with the tool's parameter names, so a refusal says what the endpoint says in the tool's
/// words; every result carries citations and permalinks.
/// </summary>
internal sealed class ArchivePlugin(
    IServiceProvider services, ArchiveAddress address)
{
    // Search, precedent and the commitment catalogs (through the paragraph vectors) use the embedding service, which
    // is built from the kernel that holds this plugin: they are resolved at the first call, not with the plugin, or
    // building the kernel would wait on itself.
    private SearchQueries Searches => services.GetRequiredService<SearchQueries>();

    private CommitmentQueries CommitmentLists => services.GetRequiredService<CommitmentQueries>();

    private ChangeQueries Comparisons => services.GetRequiredService<ChangeQueries>();

    private DocumentQueries Documents => services.GetRequiredService<DocumentQueries>();

    private PrecedentQueries Precedents => services.GetRequiredService<PrecedentQueries>();

    private DraftQueries Drafts => services.GetRequiredService<DraftQueries>();

    // The tools' names for the fields of the shared request records, so a refusal names the tool's own parameter.
    private static readonly ParameterNames SearchNames = ParameterNames.Tool(new Dictionary<string, string>
    {
        [nameof(SearchQuery.Q)] = "query", [nameof(SearchQuery.Lang)] = "language", [nameof(SearchQuery.From)] = "fromYear", [nameof(SearchQuery.To)] = "toYear",
    });

    private static readonly ParameterNames LanguageNames = ParameterNames.Tool(new Dictionary<string, string> { [nameof(ChangesQuery.Lang)] = "language" });

    private static readonly ParameterNames PrecedentNames = ParameterNames.Tool(new Dictionary<string, string>
    {
        [nameof(PrecedentRequest.Text)] = "draft", [nameof(PrecedentRequest.Lang)] = "language",
    });

    /// <summary>
    /// Items per page of a tool's list when the caller names no k: an assistant reads every byte of a result, and 50
    /// commitments or changes with their texts and lineages came to 45-48 KB. The k descriptions say 10.
    /// </summary>
    private const int ToolPageSize = 10;

    [KernelFunction("search_paragraphs")]
    [Description("Search the agreed paragraphs of Bali Process outcome documents (co-chairs' statements, declarations, frameworks), in English and Indonesian. "
        + "Returns the best paragraphs, each with its id, language, citation, a snippet, its counterpart's id in the other language and its permalink. "
        + "Quote a paragraph with its citation; call get_paragraph for its full text.")]
    public async Task<SearchResponse> SearchParagraphsAsync(
        [Description("Words to look for, in English or Indonesian: words, \"quoted phrases\", -excluded words, OR between alternatives.")] string query,
        [Description("Language of the paragraphs returned: any (default), en or id. A query in one language finds paragraphs in the other through their translations.")]
        [AllowedValues("any", "en", "id")] string? language = null,
        [Description("Document type: co-chairs-statement, declaration, framework, strategy or other.")]
        [AllowedValues("co-chairs-statement", "declaration", "framework", "strategy", "other")] string? type = null,
        [Description("Number of the Ministerial Conference, e.g. 6 for the Sixth (2016).")] [Range(1, 99)] int? conference = null,
        [Description("Earliest year, inclusive, e.g. 2009.")] [Range(1990, 2100)] int? fromYear = null,
        [Description("Latest year, inclusive.")] [Range(1990, 2100)] int? toYear = null,
        [Description("How many paragraphs, 1-100; default 10.")] [Range(1, SearchRequest.MaxK)] int? k = null,
        [Description("Paragraphs to skip, for the next page; default 0.")] [Range(0, SearchRequest.MaxOffset)] int? offset = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var answer = await Searches.SearchAsync(
                new SearchQuery { Q = query, Lang = language, Type = type, Conference = conference, From = fromYear, To = toYear, K = k, Offset = offset },
                SearchNames, cancellationToken);
            return answer.Response ?? throw new ArchiveToolException(answer.Problems.Message);
        }
        catch (QuerySyntaxException e)
        {
            throw new ArchiveToolException($"The query cannot be read: {SearchQueries.Describe(e)}.");
        }
    }

    [KernelFunction("get_paragraph")]
    [Description("One paragraph by id (as search_paragraphs returns them, e.g. bpmc6-2016-cochairs-en/p4): its full text, document, pages, citation, "
        + "permalink and its counterpart (the same paragraph in the other language).")]
    public ParagraphDetailResponse GetParagraph(
        [Description("The paragraph id: document id, a slash and the paragraph anchor, e.g. bpmc6-2016-cochairs-en/p4.")] string id)
    {
        var answer = Documents.Paragraph(id, "search_paragraphs returns them");
        return answer.Response ?? throw new ArchiveToolException(answer.Problems.Message);
    }

    [KernelFunction("cite")]
    [Description("A citation of one paragraph, in the format a reference manager or a footnote needs, with its absolute permalink.")]
    public CitationResponse Cite(
        [Description("The paragraph id, e.g. bpmc6-2016-cochairs-en/p4.")] string id,
        [Description("text (default), bibtex, ris or csl-json.")] [AllowedValues("text", "bibtex", "ris", "csl-json")] string? format = null,
        [Description("The language the citation is written in: en or id; default the paragraph's own.")] [AllowedValues("en", "id")] string? language = null)
    {
        var answer = Documents.CiteParagraph(id, new CiteQuery { Format = format, Lang = language }, LanguageNames, address.Of);
        return answer.Response ?? throw new ArchiveToolException(answer.Problems.Message);
    }

    [KernelFunction("find_precedent")]
    [Description("Has this been agreed before? The agreed paragraphs closest to a draft paragraph, most similar first, each with its similarity (0-1), "
        + "a word diff against the draft, the verbatim spans they share, its citation and permalink.")]
    public async Task<PrecedentResponse> FindPrecedentAsync(
        [Description("The draft paragraph, in English or Indonesian: " + PrecedentRequest.DraftLimits + ".")] string draft,
        [Description("The draft's language: en or id; detected when left out.")] [AllowedValues("en", "id")] string? language = null,
        [Description("How many precedents, 1-20; default 5.")] [Range(1, 20)] int? k = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Precedents.CheckAsync(new PrecedentRequest { Text = draft, Lang = language, K = k }, PrecedentNames, cancellationToken);
        return answer.Response ?? throw new ArchiveToolException(answer.Problems.Message);
    }

    [KernelFunction("review_draft")]
    [Description("Is this whole draft agreed language? Each paragraph of a draft statement checked against agreed text: verbatim, edited "
        + "(with its source, the word diff and whether a commitment was weakened, e.g. a decision turned into an encouragement) or new, "
        + "the agreed wording in the other language, citations and permalinks, and a summary.")]
    public async Task<DraftReviewResponse> ReviewDraftAsync(
        [Description("The draft's paragraphs, in order. Give these or text.")] string[]? paragraphs = null,
        [Description("The draft as text, paragraphs apart by blank lines, numbered or not. Give this or paragraphs.")] string? text = null,
        [Description("The draft's language: en or id; detected when left out.")] [AllowedValues("en", "id")] string? language = null,
        [Description("Precedents per paragraph, 1-5; default 1.")] [Range(1, DraftReviewRequest.MaxK)] int? k = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Drafts.ReviewAsync(new DraftReviewRequest { Paragraphs = paragraphs, Text = text, Lang = language, K = k ?? 1 }, LanguageNames, cancellationToken);
        return answer.Response?.ToResponse() ?? throw new ArchiveToolException(answer.Problems.Message);
    }

    [KernelFunction("list_commitments")]
    [Description("What Ministers undertook: operative clauses with their strength, addressee, topics, citation and permalink, filtered. "
        + "Every filter is optional.")]
    public CommitmentListResponse ListCommitments(
        [Description("Topic id, e.g. returns-reintegration, trafficking-in-persons, people-smuggling, victim-protection, border-management, information-sharing.")] string? topic = null,
        [Description("Who is tasked or encouraged, by id: rso, ahg, wg-tip, members, unhcr, iom …")] string? addressee = null,
        [Description("Strength: decision, commitment, tasking, encouragement or acknowledgement.")]
        [AllowedValues("decision", "commitment", "tasking", "encouragement", "acknowledgement")] string? strength = null,
        [Description("Language of the clauses: en or id; default both.")] [AllowedValues("en", "id")] string? language = null,
        [Description("How many clauses, 1-1000; default 10. total says how many match.")] [Range(1, 1000)] int? k = null,
        [Description("Clauses to skip, for the next page; default 0.")] [Range(0, 1_000_000)] int? offset = null)
    {
        var answer = CommitmentLists.Page(
            new CommitmentListQuery { Topic = topic, Addressee = addressee, Strength = strength, Lang = language, K = k ?? ToolPageSize, Offset = offset }, LanguageNames);
        return answer.Response ?? throw new ArchiveToolException(answer.Problems.Message);
    }

    [KernelFunction("changes")]
    [Description("What changed between two meetings of the process (Ministerial Conferences, senior officials' meetings, forums, working groups) "
        + "or two dates: every commitment lineage mentioned at either, as new, resumed, strengthened, weakened, dropped or reaffirmed, "
        + "with its clause (meeting, strength, citation, text, permalink) before and after, and for a resumed one the step it takes up again.")]
    public ChangesResponse Changes(
        [Description("The earlier point: a conference number (\"7\"), a date (\"2019\", \"2019-11\", \"2019-11-05\"), a document id or a meeting id.")] string from,
        [Description("The later point, in the same forms, e.g. \"8\".")] string to,
        [Description("Language of the commitments compared: en (default) or id.")] [AllowedValues("en", "id")] string? language = null,
        [Description("Only lineages on this topic id, e.g. returns-reintegration.")] string? topic = null,
        [Description("How many changes, 1-1000; default 10. counts says how many there are of each status.")] [Range(1, 1000)] int? k = null,
        [Description("Changes to skip, for the next page; default 0.")] [Range(0, 1_000_000)] int? offset = null)
    {
        var answer = Comparisons.Compare(
            new ChangesQuery { From = from, To = to, Lang = language, Topic = topic, K = k ?? ToolPageSize, Offset = offset }, LanguageNames);
        return answer.Response ?? throw new ArchiveToolException(answer.Problems.Message);
    }
}
