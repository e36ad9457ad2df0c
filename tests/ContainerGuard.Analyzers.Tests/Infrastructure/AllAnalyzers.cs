using System.Reflection;
using ContainerGuard.Analyzers.Credentials;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer the package ships, found in the analyzer assembly: a new analyzer joins every test that uses this list.</summary>
internal static class AllAnalyzers
{
    public static DiagnosticAnalyzer[] Create()
        => typeof(CG1001HardCodedCredentialAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToArray();
}
