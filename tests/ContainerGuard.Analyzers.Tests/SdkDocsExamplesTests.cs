using System.Collections.Immutable;
using ContainerGuard.Analyzers.Tests.Infrastructure;
using ContainerGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerGuard.Analyzers.Tests;

/// <summary>
/// The CG2xxx/CG3xxx docs pages' examples (read as DocsExampleTests reads them) compile against the ACI stand-in or
/// against EVERY Docker.DotNet package (DocsExampleTests uses the newest only), the "fires" example gets the page's rule and the "does not fire" example gets none.
/// </summary>
public class SdkDocsExamplesTests
{
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
        var examples = DocsExamples.Read(id, "csharp");
        var referenceSets = id.StartsWith("CG2", StringComparison.Ordinal)
            ? new[] { SdkReferences.ContainerInstance }
            : Enum.GetValues<DockerPackage>()
                .Where(p => id != "CG3003" || SdkReferences.IsEnhanced(p)) // the page's examples use Docker.DotNet.Enhanced's DockerClientBuilder
                .Select(SdkReferences.Docker).ToArray();
        foreach (var references in referenceSets)
        {
            foreach (var fires in examples.Fires)
            {
                Assert.Contains(await Diagnose(fires, references, id, examples.FiresConfiguration), d => d.Id == id);
            }

            foreach (var silent in examples.Silent)
            {
                Assert.DoesNotContain(await Diagnose(silent, references, id, examples.SilentConfiguration), d => d.Id == id);
            }
        }
    }

    private static async Task<IReadOnlyList<Diagnostic>> Diagnose(string source, ImmutableArray<MetadataReference> references, string id, string? configuration)
    {
        var referenceAssemblies = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create("Docs", new[] { CSharpSyntaxTree.ParseText(source, path: "/src/Example.cs") },
            referenceAssemblies.AddRange(references), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, id + " example does not compile: " + string.Join("; ", errors.Select(e => e.ToString())));
        var analyzers = typeof(ContainerGuard.Analyzers.Credentials.CG1001HardCodedCredentialAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
            .ToImmutableArray();
        var files = configuration is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/src/containerguard.json", configuration));
        return await compilation.WithAnalyzers(analyzers, new AnalyzerOptions(files)).GetAnalyzerDiagnosticsAsync();
    }
}
