using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ContainerGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs one SDK analyzer over C# source with markup (<c>{|CG3020:true|}</c> marks the exact span of an expected
/// diagnostic) against a real Docker.DotNet package or the ACI stand-in, on the .NET 8 reference assemblies.
/// </summary>
internal static class SdkVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyDockerAsync(DockerPackage package, string source, params (string Path, string Text)[] additionalFiles)
        => Create(source, SdkReferences.Docker(package), additionalFiles).RunAsync();

    public static Task VerifyAciAsync(string source, params (string Path, string Text)[] additionalFiles)
        => Create(source, SdkReferences.ContainerInstance, additionalFiles).RunAsync();

    /// <summary>As <see cref="VerifyDockerAsync"/>, for one rule of an analyzer that reports several (the image policy).</summary>
    public static Task VerifyDockerRuleAsync(string id, DockerPackage package, string source, params (string Path, string Text)[] additionalFiles)
        => OnlyRule(Create(source, SdkReferences.Docker(package), additionalFiles), id).RunAsync();

    /// <summary>As <see cref="VerifyAciAsync"/>, for one rule of an analyzer that reports several (the image policy).</summary>
    public static Task VerifyAciRuleAsync(string id, string source, params (string Path, string Text)[] additionalFiles)
        => OnlyRule(Create(source, SdkReferences.ContainerInstance, additionalFiles), id).RunAsync();

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> OnlyRule(CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> test, string id)
    {
        test.DisabledDiagnostics.AddRange(new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(other => other != id));
        return test;
    }

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, ImmutableArray<MetadataReference> references, (string Path, string Text)[] additionalFiles)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.AddRange(references);
        foreach (var file in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        return test;
    }

    /// <summary>The analyzer's diagnostics on source that may not compile; fails if the analyzer throws (AD0001).</summary>
    public static async Task<IReadOnlyList<Diagnostic>> GetDiagnosticsAsync(string source, ImmutableArray<MetadataReference> references, string assemblyName = "App")
    {
        var referenceAssemblies = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/App.cs") },
            referenceAssemblies.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, _, _) => exceptions.Add(exception.GetType().Name + ": " + exception.Message), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), options).GetAllDiagnosticsAsync();
        Assert.True(exceptions.IsEmpty, "analyzer threw: " + string.Join(", ", exceptions));
        return diagnostics.Where(d => d.Id.StartsWith("CG", StringComparison.Ordinal) || d.Id == "AD0001").ToList();
    }
}

/// <summary>Code fixes of the SDK analyzers, on the same reference sets.</summary>
internal static class SdkVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The fix of one rule of the family analyzer (its other rules are switched off).</summary>
    public static Task VerifyDockerFixAsync(string id, DockerPackage package, string source, string fixedSource)
        => OnlyRule(Create(source, fixedSource, SdkReferences.Docker(package)), id).RunAsync();

    public static Task VerifyAciFixAsync(string id, string source, string fixedSource)
        => OnlyRule(Create(source, fixedSource, SdkReferences.ContainerInstance), id).RunAsync();

    private static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> OnlyRule(CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> test, string id)
    {
        test.DisabledDiagnostics.AddRange(new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(other => other != id));
        return test;
    }

    private static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, ImmutableArray<MetadataReference> references)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.AddRange(references);
        test.FixedState.AdditionalReferences.AddRange(references);
        return test;
    }
}
