using System.Reflection;
using System.Text;
using Archive.Core.Documents;
using Archive.Testing;
using NetArchTest.Rules;

namespace Archive.Core.Tests.Architecture;

/// <summary>
/// Dependencies between Archive.Core's capability folders run down the layers docs/architecture.md lists (read from
/// its table, so the document and the code cannot drift apart). A dependency up or sideways, a folder the table does
/// not place, a cycle, or Core reaching into a host (ASP.NET, the API, the CLI) fails here, naming it.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Core = typeof(ArchiveDocument).Assembly;

    // Read once for the tests that need it: about 170 dependency scans of the assembly.
    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Graph = new(DependencyGraph);

    [Fact]
    public void CoreNamespaces_DependOnEachOtherWithoutCycles()
    {
        var graph = Graph.Value;
        TestReports.Write("core-dependencies.txt", Describe(graph));

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, $"namespaces depend on each other in a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void CoreNamespaces_DependOnlyOnLowerLayersOfTheArchitectureDocument()
    {
        var layers = DocumentedLayers();
        var graph = Graph.Value;

        var unplaced = graph.Keys.Where(n => !layers.ContainsKey(Short(n))).Select(Short).ToList();
        var wrong = graph.SelectMany(e => e.Value.Select(to => (From: Short(e.Key), To: Short(to))))
            .Where(d => layers.TryGetValue(d.From, out var from) && layers.TryGetValue(d.To, out var to) && to >= from)
            .Select(d => $"{d.From} (layer {layers[d.From]}) -> {d.To} (layer {layers[d.To]})")
            .ToList();

        Assert.True(unplaced.Count == 0, $"folders docs/architecture.md places in no layer: {string.Join(", ", unplaced)}");
        Assert.True(wrong.Count == 0, $"dependencies up or sideways: {string.Join("; ", wrong)}");
        Assert.True(layers.Keys.All(f => graph.ContainsKey("Archive.Core." + f)), "docs/architecture.md names a folder Core does not have");
    }

    [Fact]
    public void Core_DoesNotReferenceTheHosts()
    {
        var result = Types.InAssembly(Core).ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore", "Archive.Api", "Archive.Cli")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Core types reach into a host: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name is { } name
            && (name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name is "Archive.Api" or "Archive.Cli"));
    }

    [Fact]
    public void DependencyGraph_SeesTheKnownDependencies()
    {
        // The check above proves nothing if the graph it reads is empty: a few dependencies that must be there.
        var graph = Graph.Value;

        Assert.Contains("Archive.Core.Text", graph["Archive.Core.Extraction"]);
        Assert.Contains("Archive.Core.Extraction", graph["Archive.Core.Structuring"]);
        Assert.Contains("Archive.Core.Embeddings", graph["Archive.Core.Search"]);
        Assert.DoesNotContain("Archive.Core.Structuring", graph["Archive.Core.Extraction"]);
    }

    /// <summary>Each capability namespace (Archive.Core.X, sub-namespaces folded in) and those it uses.</summary>
    private static Dictionary<string, SortedSet<string>> DependencyGraph()
    {
        var namespaces = Core.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Archive.Core.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        // NetArchTest matches namespaces by prefix: no name may be the start of another.
        Assert.DoesNotContain(namespaces, a => namespaces.Any(b => a != b && b.StartsWith(a, StringComparison.Ordinal)));

        return namespaces.ToDictionary(from => from, from => new SortedSet<string>(
            namespaces.Where(to => to != from && !Types.InAssembly(Core).That().ResideInNamespace(from)
                .ShouldNot().HaveDependencyOn(to).GetResult().IsSuccessful),
            StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static List<string>? FindCycle(Dictionary<string, SortedSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys)
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
            {
                return [.. path.Skip(at), node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph[node])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    /// <summary>The layer of each folder, from the table under the "layers" marker of docs/architecture.md.</summary>
    private static Dictionary<string, int> DocumentedLayers()
    {
        var lines = File.ReadAllLines(Path.Combine(Support.RepositoryPaths.Root, "docs", "architecture.md"));
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines.SkipWhile(l => !l.Contains("<!-- layers:", StringComparison.Ordinal)).Skip(3).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            foreach (var folder in cells[2].Split(',', StringSplitOptions.TrimEntries))
            {
                layers.Add(folder, int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.NotEmpty(layers);
        return layers;
    }

    private static string Short(string name) => name["Archive.Core.".Length..];

    private static string Describe(Dictionary<string, SortedSet<string>> graph)
    {
        var text = new StringBuilder();
        foreach (var (from, to) in graph)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{Short(from)} -> {string.Join(", ", to.Select(Short))}");
        }

        return text.ToString();
    }
}
