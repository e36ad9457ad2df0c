using ContainerGuard.Analyzers.Tests.Infrastructure;
using ContainerGuard.Catalog;
using ContainerGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.Tests;

/// <summary>
/// The C# rules' docs pages run: each ```csharp block under "## Example that fires" compiles (against .NET and the SDK
/// stand-ins of <see cref="Stubs"/>) and makes every analyzer together report the rule; each block under "## Example that
/// does not fire" compiles and does not. A page without either fails. Dockerfile and project pages run in Core's tests.
/// </summary>
public class DocsExampleTests
{
    /// <summary>Metadata references a surface's examples compile against, beyond .NET and <see cref="Stubs"/>.</summary>
    private static readonly Dictionary<Surface, MetadataReference[]> References = new()
    {
        [Surface.CSharp] = Array.Empty<MetadataReference>(),
        [Surface.ContainerInstanceSdk] = SdkReferences.ContainerInstance.ToArray(),
        // The newest Docker.DotNet.Enhanced; SdkDocsExamplesTests runs the same pages against every Docker.DotNet package.
        [Surface.DockerDotNet] = SdkReferences.Docker(DockerPackage.Enhanced4_4_1).ToArray(),
    };

    private static readonly Surface[] AnalyzerSurfaces = { Surface.CSharp, Surface.ContainerInstanceSdk, Surface.DockerDotNet };

    public static TheoryData<string> Rules => new(RuleCatalog.All.Where(r => AnalyzerSurfaces.Contains(r.Surface)).Select(r => r.Id));

    [Fact]
    public void Every_analyzer_surface_of_the_catalogue_has_its_references()
    {
        var missing = RuleCatalog.All.Select(r => r.Surface).Distinct().Where(s => AnalyzerSurfaces.Contains(s) && !References.ContainsKey(s));
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Docs_examples_fire_and_stay_silent(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        string language = DocsExamples.Language(rule.Surface)!;
        var examples = DocsExamples.Read(id, language);
        Assert.True(examples.Fires.Count > 0, $"docs/rules/{id}.md: no ```{language} block under '{DocsExamples.FiresHeading}'");
        Assert.True(examples.Silent.Count > 0, $"docs/rules/{id}.md: no ```{language} block under '{DocsExamples.SilentHeading}'");

        foreach (string code in examples.Fires)
        {
            var diagnostics = await Run(rule.Surface, code, examples.FiresConfiguration);
            Assert.True(diagnostics.Any(d => d.Id == id), $"docs/rules/{id}.md: the example that fires does not fire; got {Describe(diagnostics)}\n{code}");
        }

        foreach (string code in examples.Silent)
        {
            var diagnostics = await Run(rule.Surface, code, examples.SilentConfiguration);
            Assert.True(diagnostics.All(d => d.Id != id), $"docs/rules/{id}.md: the example that does not fire fires: {Describe(diagnostics.Where(d => d.Id == id))}\n{code}");
        }
    }

    private static Task<IReadOnlyList<Diagnostic>> Run(Surface surface, string code, string? configuration)
        => AnalyzerRunner.GetDiagnosticsAsync(
            AllAnalyzers.Create(),
            code,
            assemblyName: "Orders",
            additionalReferences: References[surface],
            additionalFiles: configuration is null ? null : new[] { ("/src/containerguard.json", configuration) });

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition}").ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
