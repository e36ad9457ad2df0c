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
    public void SDK_analyzer_files_are_named_by_their_id()
    {
        foreach (var analyzer in Analyzers.Where(a => a.GetType().Namespace!.EndsWith("ContainerInstance", StringComparison.Ordinal) || a.GetType().Namespace!.EndsWith("DockerDotNet", StringComparison.Ordinal)))
        {
            var id = Assert.Single(analyzer.SupportedDiagnostics).Id;
            Assert.StartsWith(id, analyzer.GetType().Name);
            var folder = analyzer.GetType().Namespace!.Substring("ContainerGuard.Analyzers.".Length);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "src", "ContainerGuard.Analyzers", folder, analyzer.GetType().Name + ".cs")), analyzer.GetType().Name);
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
