using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs one analyzer over C# source with markup: <c>{|CG1001:"…"|}</c> marks the exact span of an expected
/// diagnostic. Every test compiles against the .NET 8 reference assemblies plus <see cref="Stubs"/>.
/// </summary>
internal static class Verifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add(("Stubs.cs", Stubs.Source));
        return test;
    }

    /// <summary>Expects exactly the diagnostics marked in <paramref name="source"/> (none if unmarked).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs the analyzer and returns its diagnostics, for assertions on messages.</summary>
    public static Task<IReadOnlyList<Diagnostic>> GetDiagnosticsAsync(string source, string assemblyName = "TestProject", string? editorConfig = null, bool allowErrors = false, IEnumerable<MetadataReference>? additionalReferences = null, IEnumerable<(string Path, string Text)>? additionalFiles = null)
        => AnalyzerRunner.GetDiagnosticsAsync(new DiagnosticAnalyzer[] { new TAnalyzer() }, source, assemblyName, editorConfig, allowErrors, additionalReferences, additionalFiles);
}

internal static class AnalyzerRunner
{
    /// <summary>Runs <paramref name="analyzers"/> over one file (plus <see cref="Stubs"/>); fails the test if an analyzer throws.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> GetDiagnosticsAsync(DiagnosticAnalyzer[] analyzers, string source, string assemblyName = "TestProject", string? editorConfig = null, bool allowErrors = false, IEnumerable<MetadataReference>? additionalReferences = null, IEnumerable<(string Path, string Text)>? additionalFiles = null)
    {
        using var workspace = new AdhocWorkspace();
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var projectInfo = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, assemblyName, assemblyName, LanguageNames.CSharp,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: references.AddRange(additionalReferences ?? Array.Empty<MetadataReference>()));
        var solution = workspace.CurrentSolution.AddProject(projectInfo);
        var id = projectInfo.Id;
        solution = solution
            .AddDocument(DocumentId.CreateNewId(id), "Test0.cs", source, filePath: "/src/Test0.cs")
            .AddDocument(DocumentId.CreateNewId(id), "Stubs.cs", Stubs.Source, filePath: "/src/Stubs.cs");
        if (editorConfig is not null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".editorconfig", Microsoft.CodeAnalysis.Text.SourceText.From(editorConfig), filePath: "/src/.editorconfig");
        }

        var compilation = (await solution.GetProject(id)!.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(allowErrors || errors.Count == 0, "test source does not compile: " + string.Join("; ", errors.Select(e => e.Id + " " + e.GetMessage())));
        var project = solution.GetProject(id)!;
        var additionalTexts = (additionalFiles ?? Array.Empty<(string Path, string Text)>())
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))
            .ToImmutableArray();
        var options = new AnalyzerOptions(additionalTexts, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            System.Collections.Immutable.ImmutableArray.Create(analyzers),
            new CompilationWithAnalyzersOptions(options, (exception, _, _) => exceptions.Add(exception.GetType().Name), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.True(exceptions.IsEmpty, "analyzer threw: " + string.Join(", ", exceptions));
        return diagnostics.Where(d => d.Id.StartsWith("CG", StringComparison.Ordinal) || d.Id == "AD0001").ToList();
    }
}

internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }

    public override string Path { get; }

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add(("Stubs.cs", Stubs.Source));
        test.FixedState.Sources.Add(("Stubs.cs", Stubs.Source));
        return test;
    }

    public static Task VerifyFixAsync(string source, string fixedSource)
        => Create(source, fixedSource).RunAsync();
}
