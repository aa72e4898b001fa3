using System.CommandLine;
using Archive.Contracts;

namespace Archive.Cli.Hosting;

/// <summary>The document filters of search and export as options, read into the request record both validate.</summary>
internal sealed class DocumentFilterOptions
{
    private readonly Option<string> _type = new("--type") { Description = "Document type: co-chairs-statement, declaration, framework, strategy or other." };
    private readonly Option<int?> _conference = new("--conference") { Description = "Number of the Ministerial Conference (1-99)." };
    private readonly Option<int?> _from = new("--from") { Description = "Earliest year, inclusive." };
    private readonly Option<int?> _to = new("--to") { Description = "Latest year, inclusive." };
    private readonly Option<bool?> _sample = new("--sample") { Description = "true: only the bundled illustrative samples; false: only documents users added." };

    /// <summary>The options, in the order help lists them.</summary>
    public IEnumerable<Option> All => [_type, _conference, _from, _to, _sample];

    /// <summary>A request with the filters the command line gave; its other fields unset.</summary>
    public T Read<T>(ParseResult result)
        where T : DocumentFilters, new() => new()
    {
        Type = result.GetValue(_type),
        Conference = result.GetValue(_conference),
        From = result.GetValue(_from),
        To = result.GetValue(_to),
        Sample = result.GetValue(_sample),
    };
}
