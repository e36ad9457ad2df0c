using ContainerGuard.Analyzers.Credentials;
using ContainerGuard.Analyzers.Tests.Infrastructure;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Tests;

public class DescriptorTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers = AllAnalyzers.Create();

    private static IEnumerable<DiagnosticDescriptor> Descriptors => Analyzers.SelectMany(a => a.SupportedDiagnostics);

    [Fact]
    public void Every_CSharp_rule_in_the_catalogue_has_an_analyzer_and_vice_versa()
    {
        var catalogue = RuleCatalog.All.Where(r => r.Surface is Surface.CSharp or Surface.ContainerInstanceSdk or Surface.DockerDotNet).Select(r => r.Id).OrderBy(i => i);
        Assert.Equal(catalogue, Descriptors.Select(d => d.Id).Distinct().OrderBy(i => i));
    }

    [Fact]
    public void Every_id_is_reported_by_exactly_one_analyzer_named_and_tested_by_its_id()
    {
        var testClasses = typeof(DescriptorTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var group in Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => (d.Id, Analyzer: a.GetType().Name))).GroupBy(p => p.Id))
        {
            if (group.Count() != 1)
            {
                problems.Add($"{group.Key} is reported by {string.Join(", ", group.Select(p => p.Analyzer))}");
            }
        }

        foreach (var analyzer in Analyzers)
        {
            if (analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Count() > 1)
            {
                // A family analyzer (CG2xxx, CG3xxx): one set of operation callbacks dispatching to rule classes, each
                // named by its id (SDK_rules_are_found_by_their_id) — one callback per rule cost 1-2 % of compile time more.
                continue;
            }

            string name = analyzer.GetType().Name;
            string id = analyzer.SupportedDiagnostics.Length > 0 ? analyzer.SupportedDiagnostics[0].Id : "?";
            if (!name.StartsWith(id, StringComparison.Ordinal) || !name.EndsWith("Analyzer", StringComparison.Ordinal))
            {
                problems.Add($"{name}: an analyzer is named <id><What>Analyzer after the id it reports ({id})");
            }

            if (!testClasses.Contains(name + "Tests"))
            {
                problems.Add($"{name}: no test class {name}Tests");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Roslyn_descriptors_agree_with_the_catalogue()
    {
        foreach (var descriptor in Descriptors)
        {
            var rule = RuleCatalog.Find(descriptor.Id)!;
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Description, descriptor.Description.ToString());
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            Assert.Equal(DescriptorFactory.Category(rule), descriptor.Category);
            Assert.Equal(DescriptorFactory.ToDiagnosticSeverity(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Contains(rule.Concern.ToTag(), descriptor.CustomTags);
        }
    }

    [Fact]
    public void SDK_rules_are_found_by_their_id()
    {
        // Each CG2xxx/CG3xxx id has a file named by it in its family's folder (the analyzer, or the descriptor of a rule
        // that a shared analyzer reports), and a test class named by it.
        foreach (var (folder, family) in new[] { ("ContainerInstance", "CG2"), ("DockerDotNet", "CG3") })
        {
            var sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "ContainerGuard.Analyzers", folder), "CG*.cs").Select(Path.GetFileName).ToArray();
            var tests = typeof(DescriptorTests).Assembly.GetTypes().Select(t => t.Name).ToArray();
            foreach (var id in Descriptors.Select(d => d.Id).Where(i => i.StartsWith(family, StringComparison.Ordinal)).Distinct())
            {
                Assert.Single(sources, f => f!.StartsWith(id, StringComparison.Ordinal));
                Assert.Contains(tests, t => t.StartsWith(id, StringComparison.Ordinal) && t.EndsWith("Tests", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Release_files_list_every_descriptor_with_its_category_and_severity()
    {
        // The full replay against the catalogue is Core's ReleaseTrackingTests; this ties the Roslyn descriptors to the files.
        var folder = Path.Combine(RepositoryRoot(), "src", "ContainerGuard.Analyzers");
        var text = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity, text);
        }
    }

    [Fact]
    public void Every_rule_has_a_docs_page()
    {
        foreach (var id in Descriptors.Select(d => d.Id).Distinct())
        {
            var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), page);
            Assert.StartsWith("# " + id + ": ", File.ReadAllText(page));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
