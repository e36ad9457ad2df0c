using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Configuration;

/// <summary>The MSBuild properties that override <c>containerguard.json</c> for one project (raw, as MSBuild evaluated them).</summary>
public sealed class MSBuildConfigurationProperties
{
    /// <summary><c>ContainerGuardApprovedRegistries</c>: <c>a.azurecr.io;b.azurecr.io</c>.</summary>
    public string? ApprovedRegistries { get; set; }

    /// <summary><c>ContainerGuardApprovedBaseImages</c>.</summary>
    public string? ApprovedBaseImages { get; set; }

    /// <summary><c>ContainerGuardSecretNames</c>.</summary>
    public string? SecretNames { get; set; }

    /// <summary><c>NoWarn</c>: <c>CG4001;CS1591;…</c>; only CGnnnn ids are taken.</summary>
    public string? NoWarn { get; set; }

    /// <summary><c>WarningsAsErrors</c>: CG ids here are errors whatever containerguard.json or .editorconfig say (as the compiler does).</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary><c>ContainerGuardMaxFileSizeMiB</c>: replaces <c>maxFileSizeMiB</c>.</summary>
    public string? MaxFileSizeMiB { get; set; }
}

/// <summary>
/// Builds configurations from MSBuild properties and CLI flags, to layer over the file's with
/// <see cref="ContainerGuardConfiguration.OverrideOf"/>: <c>cli.OverrideOf(msbuild.OverrideOf(file))</c>.
/// </summary>
public static class ConfigurationOverrides
{
    public const string ApprovedRegistriesProperty = "ContainerGuardApprovedRegistries";
    public const string ApprovedBaseImagesProperty = "ContainerGuardApprovedBaseImages";
    public const string SecretNamesProperty = "ContainerGuardSecretNames";
    public const string NoWarnProperty = "NoWarn";
    public const string MaxFileSizeProperty = "ContainerGuardMaxFileSizeMiB";

    /// <summary>
    /// Reads MSBuild-style lists (separated by <c>;</c> or <c>,</c>, white space trimmed). Bad entries are
    /// dropped with a CG9003 finding on <paramref name="projectPath"/> naming the property.
    /// </summary>
    public static ConfigurationLoadResult FromMSBuild(MSBuildConfigurationProperties properties, string projectPath)
    {
        var findings = new List<Finding>();
        var registries = ReadList(properties.ApprovedRegistries, ApprovedRegistriesProperty, ConfigurationLoader.ValidateRegistryPattern, projectPath, findings);
        var images = ReadList(properties.ApprovedBaseImages, ApprovedBaseImagesProperty, ConfigurationLoader.ValidateImagePattern, projectPath, findings);
        var secretNames = ReadList(properties.SecretNames, SecretNamesProperty, _ => null, projectPath, findings);
        var disabled = ParseNoWarn(properties.NoWarn);
        int? maxFileSize = null;
        if (!string.IsNullOrWhiteSpace(properties.MaxFileSizeMiB))
        {
            if (ConfigurationLoader.ValidateMaxFileSize(properties.MaxFileSizeMiB!, out int limit) is { } problem)
            {
                findings.Add(new Finding(ToolRules.InvalidConfiguration, projectPath, new LinePositionSpan(1, 1, 1, 1),
                    $"MSBuild property {MaxFileSizeProperty} is ignored: {problem}.", ToolRules.InvalidConfiguration.DefaultSeverity));
            }
            else
            {
                maxFileSize = limit;
            }
        }

        var configuration = new ContainerGuardConfiguration(registries, images, secretNames, disabledRules: disabled, maxFileSizeMiB: maxFileSize, errorRules: ParseNoWarn(properties.WarningsAsErrors));
        return new ConfigurationLoadResult(configuration, findings.Where(f => configuration.GetSeverity(f.Rule) != Severity.None).ToArray());
    }

    /// <summary>Our ids (CGnnnn) in a NoWarn list; other compilers' ids and MSBuild noise are skipped.</summary>
    public static IReadOnlyList<string> ParseNoWarn(string? noWarn)
        => SplitList(noWarn).Where(ConfigurationLoader.LooksLikeRuleId).Select(id => id.ToUpperInvariant()).Distinct().ToArray();

    /// <summary>Splits an MSBuild list on <c>;</c> and <c>,</c>, trimming entries and dropping empty ones.</summary>
    public static IReadOnlyList<string> SplitList(string? value)
        => string.IsNullOrWhiteSpace(value)
            ? Array.Empty<string>()
            : value!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    private static string[] ReadList(string? value, string propertyName, Func<string, string?> validate, string projectPath, List<Finding> findings)
    {
        var result = new List<string>();
        foreach (string entry in SplitList(value))
        {
            string? problem = validate(entry);
            if (problem is null)
            {
                result.Add(entry);
            }
            else
            {
                findings.Add(new Finding(ToolRules.InvalidConfiguration, projectPath, new LinePositionSpan(1, 1, 1, 1),
                    $"An entry of MSBuild property {propertyName} is ignored: {problem}.", ToolRules.InvalidConfiguration.DefaultSeverity));
            }
        }

        return result.ToArray();
    }
}
