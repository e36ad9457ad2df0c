using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Catalog;
using ContainerGuard.Configuration.EditorConfig;
using ContainerGuard.Findings;

namespace ContainerGuard.Configuration;

/// <summary>
/// The settings of <c>containerguard.json</c>, after MSBuild properties and CLI flags were applied.
/// Immutable; <see cref="Default"/> is what applies with no file.
/// </summary>
public sealed class ContainerGuardConfiguration
{
    public static readonly ContainerGuardConfiguration Default = new();

    public ContainerGuardConfiguration(
        IEnumerable<string>? approvedRegistries = null,
        IEnumerable<string>? approvedBaseImages = null,
        IEnumerable<string>? secretNames = null,
        IReadOnlyDictionary<string, Severity>? ruleSeverities = null,
        IEnumerable<string>? disabledRules = null,
        string? sourcePath = null,
        int? maxFileSizeMiB = null,
        IEnumerable<string>? errorRules = null,
        SeverityOverrides? editorConfig = null)
    {
        ApprovedRegistries = (approvedRegistries ?? Array.Empty<string>()).Select(r => r.Trim()).Where(r => r.Length > 0).ToArray();
        ApprovedBaseImages = (approvedBaseImages ?? Array.Empty<string>()).Select(r => r.Trim()).Where(r => r.Length > 0).ToArray();
        SecretNames = (secretNames ?? Array.Empty<string>()).Select(r => r.Trim()).Where(r => r.Length > 0).ToArray();
        RuleSeverities = ruleSeverities ?? new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        DisabledRules = new HashSet<string>(disabledRules ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        SourcePath = sourcePath;
        MaxFileSizeMiB = maxFileSizeMiB;
        ErrorRules = new HashSet<string>(errorRules ?? Array.Empty<string>(), StringComparer.OrdinalIgnoreCase);
        EditorConfigSeverities = editorConfig ?? SeverityOverrides.None;
    }

    /// <summary>Ids the project's <c>WarningsAsErrors</c> names: errors whatever the configuration files say (as the compiler does).</summary>
    public IReadOnlyCollection<string> ErrorRules { get; }

    /// <summary>What the .editorconfig files that apply to the file say about severities (none for the analyzers' copy: the compiler applies those).</summary>
    public SeverityOverrides EditorConfigSeverities { get; }

    /// <summary>The largest file checked, in MiB (<c>maxFileSizeMiB</c>); null: the default (<see cref="Linter.DefaultMaxFileSizeMiB"/>).</summary>
    public int? MaxFileSizeMiB { get; }

    /// <summary>Registry hosts (optionally with a path prefix, <c>*.azurecr.io</c> wildcards allowed). Empty: no list.</summary>
    public IReadOnlyList<string> ApprovedRegistries { get; }

    /// <summary>Image patterns (<c>myacr.azurecr.io/base/*</c>, <c>mcr.microsoft.com/dotnet/aspnet</c>). Empty: no list.</summary>
    public IReadOnlyList<string> ApprovedBaseImages { get; }

    /// <summary>Extra names to treat as credentials, beyond the built-in ones (<c>pin</c>, <c>otp</c>, …).</summary>
    public IReadOnlyList<string> SecretNames { get; }

    /// <summary>Per-rule severity overrides by id.</summary>
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; }

    /// <summary>Ids switched off everywhere (MSBuild <c>NoWarn</c>).</summary>
    public IReadOnlyCollection<string> DisabledRules { get; }

    /// <summary>The file this came from, if any.</summary>
    public string? SourcePath { get; }

    /// <summary>
    /// The one severity model, as the compiler applies it to analyzers: the project's <c>NoWarn</c> silences, its
    /// <c>WarningsAsErrors</c> makes an error; otherwise .editorconfig decides (<c>dotnet_diagnostic.&lt;id&gt;.severity</c>,
    /// then the rule's category, then all analyzers); otherwise containerguard.json's <c>rules</c>; otherwise the default.
    /// (TreatWarningsAsErrors and -warnaserror then turn warnings into errors, in the host.)
    /// </summary>
    public Severity GetSeverity(RuleDescriptor rule)
    {
        if (DisabledRules.Count > 0 && DisabledRules.Contains(rule.Id))
        {
            return Severity.None;
        }

        if (ErrorRules.Count > 0 && ErrorRules.Contains(rule.Id))
        {
            return Severity.Error;
        }

        if (EditorConfigSeverities.TryGet(rule, out var fromEditorConfig) && fromEditorConfig is { } decided)
        {
            return decided;
        }

        return RuleSeverities.TryGetValue(rule.Id, out var severity) ? severity : rule.DefaultSeverity;
    }

    /// <summary>This configuration with what .editorconfig says for one file on top.</summary>
    public ContainerGuardConfiguration WithEditorConfig(SeverityOverrides overrides)
        => overrides.IsEmpty && EditorConfigSeverities.IsEmpty
            ? this
            : new ContainerGuardConfiguration(ApprovedRegistries, ApprovedBaseImages, SecretNames, RuleSeverities, DisabledRules, SourcePath, MaxFileSizeMiB, ErrorRules, overrides);

    /// <summary>Values given here replace those of <paramref name="baseline"/>; severities are merged by id.</summary>
    // CredentialNames.For's answer for this (immutable) configuration, built once rather than per rule and file.
    internal Secrets.CredentialNames? CredentialNamesCache;

    public ContainerGuardConfiguration OverrideOf(ContainerGuardConfiguration baseline)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in baseline.RuleSeverities)
        {
            severities[pair.Key] = pair.Value;
        }

        foreach (var pair in RuleSeverities)
        {
            severities[pair.Key] = pair.Value;
        }

        return new ContainerGuardConfiguration(
            ApprovedRegistries.Count > 0 ? ApprovedRegistries : baseline.ApprovedRegistries,
            ApprovedBaseImages.Count > 0 ? ApprovedBaseImages : baseline.ApprovedBaseImages,
            baseline.SecretNames.Concat(SecretNames).Distinct(StringComparer.OrdinalIgnoreCase),
            severities,
            baseline.DisabledRules.Concat(DisabledRules),
            SourcePath ?? baseline.SourcePath,
            MaxFileSizeMiB ?? baseline.MaxFileSizeMiB,
            baseline.ErrorRules.Concat(ErrorRules),
            EditorConfigSeverities.IsEmpty ? baseline.EditorConfigSeverities : EditorConfigSeverities);
    }
}
