using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers;

/// <summary>
/// What a compilation tells the CG1xxx analyzers: whether it is test code (findings there are downgraded),
/// the extra credential names configured in MSBuild (<c>ContainerGuardSecretNames</c>) and in
/// <c>containerguard.json</c> (<c>secretNames</c>), and the file's <c>rules</c> severities.
/// </summary>
internal sealed class AnalyzerSettings
{
    public const string SecretNamesProperty = "build_property.ContainerGuardSecretNames";
    public const string TestSeverityProperty = "build_property.ContainerGuardTestSeverity";
    public const string EnabledProperty = "build_property.ContainerGuardEnabled";
    public const string ConfigFileProperty = "build_property.ContainerGuardConfigFile";

    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core", "xunit.assert", "xunit.v3.core", "xunit.v3.assert", "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
    };

    private static readonly string[] TestAssemblySuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests" };

    private readonly ConfigurationFiles _configuration;

    private AnalyzerSettings(bool enabled, bool isTestCode, DiagnosticSeverity? testSeverity, ImmutableArray<string> extraSecretNames, ConfigurationFiles configuration)
    {
        _configuration = configuration;
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

    /// <summary>The <c>containerguard.json</c> that applies to a source file (nearest wins); null when none was given.</summary>
    public ContainerGuard.Configuration.ContainerGuardConfiguration? ConfigurationFor(string? sourcePath) => _configuration.For(sourcePath);

    public static AnalyzerSettings From(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken = default)
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

        global.TryGetValue(ConfigFileProperty, out var configFile);
        var configuration = enabled ? ConfigurationFiles.From(options.AdditionalFiles, configFile, cancellationToken) : ConfigurationFiles.None;
        var names = SplitNames(secretNames);
        if (!configuration.SecretNames.IsEmpty)
        {
            names = names.AddRange(configuration.SecretNames);
        }

        return new AnalyzerSettings(enabled, IsTestAssembly(compilation), testSeverity, names, configuration);
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
        // containerguard.json's "rules" first, then the test-code downgrade (never louder than configured). The compiler
        // then applies NoWarn, WarningsAsErrors and .editorconfig (dotnet_diagnostic.<id>.severity, the category, all
        // analyzers) over the severity reported here: that is the documented order, the same as the MSBuild task's. A rule
        // switched off here ("none") is reported hidden rather than not at all, so that .editorconfig can raise it again.
        DiagnosticSeverity severity = descriptor.DefaultSeverity;
        var configured = false;
        var configuration = _configuration.For(location.SourceTree?.FilePath);
        if (configuration is not null)
        {
            if (configuration.DisabledRules.Contains(descriptor.Id))
            {
                return;
            }

            if (configuration.RuleSeverities.TryGetValue(descriptor.Id, out var fromFile))
            {
                severity = ToDiagnosticSeverity(fromFile) ?? DiagnosticSeverity.Hidden;
                configured = true;
            }
        }

        if (IsTestCode)
        {
            // ContainerGuardTestSeverity applies in test code; a rule the file made quieter stays that quiet.
            var test = TestSeverity ?? DiagnosticSeverity.Hidden;
            severity = configured && severity < test ? severity : test;
        }

        report(severity == descriptor.DefaultSeverity
            ? Diagnostic.Create(descriptor, location, properties, messageArgs)
            : Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, messageArgs));
    }

    private static DiagnosticSeverity? ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.None => null,
        Severity.Info => DiagnosticSeverity.Info,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };
}
