using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContainerGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerGuard.Analyzers.Tests;

/// <summary>
/// The CG2xxx/CG3xxx docs pages' examples are complete programs: each compiles against the ACI stand-in or every
/// Docker.DotNet package, the "fires" example gets the page's rule and the "does not fire" example gets none.
/// </summary>
public class SdkDocsExamplesTests
{
    // The lists the approved-registry and approved-image pages say their examples assume.
    private static readonly Dictionary<string, string> Configurations = new()
    {
        ["CG2032"] = """{ "approvedRegistries": ["contoso.azurecr.io"] }""",
        ["CG3032"] = """{ "approvedRegistries": ["contoso.azurecr.io"] }""",
        ["CG2033"] = """{ "approvedBaseImages": ["contoso.azurecr.io/base/*"] }""",
        ["CG3033"] = """{ "approvedBaseImages": ["contoso.azurecr.io/base/*"] }""",
    };

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var rule in ContainerGuard.Catalog.ContainerInstanceRuleDescriptors.All.Concat(ContainerGuard.Catalog.DockerDotNetRuleDescriptors.All))
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Examples_fire_and_stay_silent_as_the_page_says(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));
        var fires = Example(page, "## Example that fires");
        var silent = Example(page, "## Example that does not fire");
        var referenceSets = id.StartsWith("CG2", StringComparison.Ordinal)
            ? new[] { SdkReferences.ContainerInstance }
            : Enum.GetValues<DockerPackage>()
                .Where(p => id != "CG3003" || SdkReferences.IsEnhanced(p)) // the page's examples use Docker.DotNet.Enhanced's DockerClientBuilder
                .Select(SdkReferences.Docker).ToArray();
        foreach (var references in referenceSets)
        {
            Assert.Contains(await Diagnose(fires, references, id), d => d.Id == id);
            Assert.DoesNotContain(await Diagnose(silent, references, id), d => d.Id == id);
        }
    }

    private static string Example(string page, string heading)
    {
        var at = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, heading);
        var match = Regex.Match(page.Substring(at), "```csharp\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "no csharp example under " + heading);
        return match.Groups[1].Value;
    }

    private static async Task<IReadOnlyList<Diagnostic>> Diagnose(string source, ImmutableArray<MetadataReference> references, string id)
    {
        var referenceAssemblies = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create("Docs", new[] { CSharpSyntaxTree.ParseText(source, path: "/src/Example.cs") },
            referenceAssemblies.AddRange(references), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, id + " example does not compile: " + string.Join("; ", errors.Select(e => e.ToString())));
        var analyzers = typeof(HardCodedCredentialAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
            .ToImmutableArray();
        var files = Configurations.TryGetValue(id, out var json)
            ? ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/src/containerguard.json", json))
            : ImmutableArray<AdditionalText>.Empty;
        return await compilation.WithAnalyzers(analyzers, new AnalyzerOptions(files)).GetAnalyzerDiagnosticsAsync();
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
