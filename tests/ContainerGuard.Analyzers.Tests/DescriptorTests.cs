using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Tests;

public class DescriptorTests
{
    // Every analyzer the assembly ships (CG1xxx, and the SDK families CG2xxx/CG3xxx).
    private static readonly DiagnosticAnalyzer[] Analyzers = typeof(HardCodedCredentialAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToArray();

    private static readonly Surface[] AnalyzerSurfaces = { Surface.CSharp, Surface.ContainerInstanceSdk, Surface.DockerDotNet };

    private static IEnumerable<DiagnosticDescriptor> Descriptors => Analyzers.SelectMany(a => a.SupportedDiagnostics);

    [Fact]
    public void Every_CSharp_rule_in_the_catalogue_has_an_analyzer_and_vice_versa()
    {
        var catalogue = RuleCatalog.All.Where(r => AnalyzerSurfaces.Contains(r.Surface)).Select(r => r.Id).OrderBy(i => i);
        Assert.Equal(catalogue, Descriptors.Select(d => d.Id).Distinct().OrderBy(i => i));
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
    public void Unshipped_release_file_lists_every_id()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "ContainerGuard.Analyzers", "AnalyzerReleases.Unshipped.md");
        var text = File.ReadAllText(path);
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
