using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Configuration;
using ContainerGuard.Images;
using ContainerGuard.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>
/// What every CG2xxx/CG3xxx analyzer of one compilation shares, built once (the first analyzer to start asks, the
/// others get the same): the settings, the credential vocabulary, the image policy per file, the flow cache, and the
/// diagnostics already reported (a value that reaches two sinks through a helper is reported once).
/// </summary>
internal sealed class SdkRuleContext
{
    private const string ApprovedRegistriesProperty = "build_property." + ConfigurationOverrides.ApprovedRegistriesProperty;
    private const string ApprovedBaseImagesProperty = "build_property." + ConfigurationOverrides.ApprovedBaseImagesProperty;

    private static readonly ConditionalWeakTable<Compilation, SdkRuleContext> PerCompilation = new();

    private readonly ConcurrentDictionary<(string Id, Location Location), byte> _reported = new();
    private readonly ConcurrentDictionary<ContainerGuardConfiguration, RegistryPolicy> _policies = new();
    private readonly IReadOnlyList<string> _msbuildRegistries;
    private readonly IReadOnlyList<string> _msbuildImages;
    private readonly RegistryPolicy _defaultPolicy;

    private SdkRuleContext(AnalyzerSettings settings, AnalyzerOptions options)
    {
        Settings = settings;
        Names = settings.ExtraSecretNames.IsDefaultOrEmpty ? CredentialNames.Default : new CredentialNames(settings.ExtraSecretNames);
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue(ApprovedRegistriesProperty, out var registries);
        global.TryGetValue(ApprovedBaseImagesProperty, out var images);
        _msbuildRegistries = ConfigurationOverrides.SplitList(registries);
        _msbuildImages = ConfigurationOverrides.SplitList(images);
        _defaultPolicy = new RegistryPolicy(_msbuildRegistries, _msbuildImages);
    }

    public AnalyzerSettings Settings { get; }

    public CredentialNames Names { get; }

    public FlowCache FlowCache { get; } = new();

    /// <summary>The images' clock: end-of-life tables are dated.</summary>
    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public static SdkRuleContext For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        => PerCompilation.GetValue(compilation, c => new SdkRuleContext(AnalyzerSettings.From(c, options, cancellationToken), options));

    public FlowContext Flow(CancellationToken cancellationToken) => new(FlowCache, cancellationToken);

    /// <summary>The approved registries and images for a source file: MSBuild properties over its <c>containerguard.json</c>.</summary>
    public RegistryPolicy PolicyFor(SyntaxTree tree)
    {
        var configuration = Settings.ConfigurationFor(tree.FilePath);
        if (configuration is null)
        {
            return _defaultPolicy;
        }

        return _policies.GetOrAdd(configuration, c => new RegistryPolicy(
            _msbuildRegistries.Count > 0 ? _msbuildRegistries : c.ApprovedRegistries,
            _msbuildImages.Count > 0 ? _msbuildImages : c.ApprovedBaseImages));
    }

    /// <summary>Reports once per rule and location (severity from containerguard.json and test code applied).</summary>
    public void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs)
    {
        if (_reported.TryAdd((descriptor.Id, location), 0))
        {
            Settings.Report(report, descriptor, location, messageArgs);
        }
    }
}
