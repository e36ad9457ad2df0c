using ContainerGuard.Catalog;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// Every id's history is written down and matches the catalogue: the analyzers' ids in
/// <c>src/ContainerGuard.Analyzers/AnalyzerReleases.*.md</c> (which the Roslyn release-tracking analyzer also checks at
/// build time), every other id (CG4xxx, CG5xxx, CG6xxx, CG7xxx, CG9xxx…) in <c>src/ContainerGuard.Core/RuleReleases.*.md</c>.
/// Each id exactly once, with the catalogue's category and default severity, and nothing the catalogue does not have.
/// </summary>
public class ReleaseTrackingTests
{
    /// <summary>Surfaces whose rules are Roslyn analyzers.</summary>
    private static readonly Surface[] AnalyzerSurfaces = { Surface.CSharp, Surface.ContainerInstanceSdk, Surface.DockerDotNet };

    public static TheoryData<string> Files => new() { "analyzers", "rules" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Release_files_list_each_catalogue_id_once_with_its_category_and_severity(string files)
    {
        var (history, rules) = Read(files);
        Assert.True(history.Problems.Count == 0, string.Join(Environment.NewLine, history.Problems));

        var problems = new List<string>();
        foreach (var rule in rules)
        {
            if (!history.Rules.TryGetValue(rule.Id, out var tracked))
            {
                problems.Add($"{rule.Id} is not tracked: add '{Row(rule)}' under ### New Rules in the Unshipped file");
            }
            else if (tracked != (rule.Category, SeverityName(rule.DefaultSeverity)))
            {
                problems.Add($"{rule.Id} is tracked as {tracked.Category}/{tracked.Severity} but the catalogue says {rule.Category}/{SeverityName(rule.DefaultSeverity)}: add a ### Changed Rules row");
            }
        }

        foreach (string id in history.Rules.Keys.Where(id => rules.All(r => r.Id != id)))
        {
            problems.Add($"{id} is tracked but not in the catalogue (or tracked in the wrong file): add a ### Removed Rules row or move it");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_catalogue_id_belongs_to_one_pair_of_release_files()
    {
        var analyzers = Read("analyzers").Rules.Select(r => r.Id);
        var others = Read("rules").Rules.Select(r => r.Id);
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal), analyzers.Concat(others).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void Replay_follows_additions_removals_and_changes()
    {
        const string shipped = """
            ## Release 0.1.0

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            CG4001 | Security.registry | Warning | A
            CG4002 | Security.registry | Info | B

            ## Release 0.2.0

            ### Removed Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            CG4002 | Security.registry | Info | B
            """;
        const string unshipped = """
            ### Changed Rules

            Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
            --------|--------------|--------------|--------------|--------------|-------
            CG4001 | Security.registry | Error | Security.registry | Warning | A

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            CG4001 | Security.registry | Error | twice
            CG4003 | Security.registry | Warning | C
            """;

        var history = ReleaseHistory.Replay("S", shipped, "U", unshipped);

        Assert.Equal(new[] { "CG4001", "CG4003" }, history.Rules.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(("Security.registry", "Error"), history.Rules["CG4001"]);
        Assert.Equal("U: CG4001 is added again", Assert.Single(history.Problems));
    }

    private static (ReleaseHistory History, IReadOnlyList<RuleDescriptor> Rules) Read(string files)
    {
        bool analyzers = files == "analyzers";
        string folder = Path.Combine(RepositoryPaths.Root, "src", analyzers ? "ContainerGuard.Analyzers" : "ContainerGuard.Core");
        string prefix = analyzers ? "AnalyzerReleases" : "RuleReleases";
        string shipped = prefix + ".Shipped.md";
        string unshipped = prefix + ".Unshipped.md";
        var history = ReleaseHistory.Replay(shipped, File.ReadAllText(Path.Combine(folder, shipped)), unshipped, File.ReadAllText(Path.Combine(folder, unshipped)));
        var rules = RuleCatalog.All.Where(r => AnalyzerSurfaces.Contains(r.Surface) == analyzers).ToList();
        return (history, rules);
    }

    private static string Row(RuleDescriptor rule) => $"{rule.Id} | {rule.Category} | {SeverityName(rule.DefaultSeverity)} | <class>";

    /// <summary>Severity as Roslyn's release files spell it.</summary>
    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "Error",
        Severity.Warning => "Warning",
        Severity.Info => "Info",
        _ => "Disabled",
    };
}
