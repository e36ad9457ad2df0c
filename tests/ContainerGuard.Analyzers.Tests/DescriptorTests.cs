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
        var catalogue = RuleCatalog.All.Where(r => r.Surface == Surface.CSharp).Select(r => r.Id).OrderBy(i => i);
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
