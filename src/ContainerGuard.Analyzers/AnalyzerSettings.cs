using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers;

/// <summary>
/// What a compilation tells the CG1xxx analyzers: whether it is test code (findings there are downgraded),
/// and the extra credential names configured in MSBuild (<c>ContainerGuardSecretNames</c>).
/// </summary>
internal sealed class AnalyzerSettings
{
    public const string SecretNamesProperty = "build_property.ContainerGuardSecretNames";
    public const string TestSeverityProperty = "build_property.ContainerGuardTestSeverity";
    public const string EnabledProperty = "build_property.ContainerGuardEnabled";

    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert", "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
    };

    private static readonly string[] TestAssemblySuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests" };

    private AnalyzerSettings(bool enabled, bool isTestCode, DiagnosticSeverity? testSeverity, ImmutableArray<string> extraSecretNames)
    {
        Enabled = enabled;
        IsTestCode = isTestCode;
        TestSeverity = testSeverity;
        ExtraSecretNames = extraSecretNames;
    }

    /// <summary>False when the project set <c>ContainerGuardEnabled=false</c>: the analyzers register nothing.</summary>
    public bool Enabled { get; }

    public bool IsTestCode { get; }

    /// <summary>The severity of findings in test code; null when they are not reported there at all.</summary>
    public DiagnosticSeverity? TestSeverity { get; }

    public ImmutableArray<string> ExtraSecretNames { get; }

    public static AnalyzerSettings From(Compilation compilation, AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue(SecretNamesProperty, out var secretNames);
        global.TryGetValue(TestSeverityProperty, out var testSeverityText);
        global.TryGetValue(EnabledProperty, out var enabledText);
        var enabled = !string.Equals(enabledText?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        DiagnosticSeverity? testSeverity = DiagnosticSeverity.Info;
        if (!string.IsNullOrWhiteSpace(testSeverityText) && SeverityNames.TryParse(testSeverityText, out var parsed))
        {
            testSeverity = parsed switch
            {
                Severity.None => null,
                Severity.Info => DiagnosticSeverity.Info,
                Severity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Error,
            };
        }

        return new AnalyzerSettings(enabled, IsTestAssembly(compilation), testSeverity, SplitNames(secretNames));
    }

    private static bool IsTestAssembly(Compilation compilation)
    {
        var name = compilation.AssemblyName ?? string.Empty;
        foreach (var suffix in TestAssemblySuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            foreach (var testFramework in TestFrameworkAssemblies)
            {
                if (string.Equals(reference.Name, testFramework, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ImmutableArray<string> SplitNames(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImmutableArray<string>.Empty;
        }

        var names = new List<string>();
        foreach (var part in text!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names.ToImmutableArray();
    }

    /// <summary>Reports through <paramref name="report"/>, downgraded in test code (or dropped when configured "none").</summary>
    public void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs)
        => Report(report, descriptor, location, null, messageArgs);

    public void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs)
    {
        if (!IsTestCode)
        {
            report(Diagnostic.Create(descriptor, location, properties, messageArgs));
            return;
        }

        if (TestSeverity is not { } severity)
        {
            return;
        }

        report(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, messageArgs));
    }
}
