using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Json;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Configuration;

/// <summary>
/// Reads <c>containerguard.json</c>. Never throws: a syntax error is one CG9002 finding, every key or value it
/// does not understand is a CG9003 finding at that key or value, and everything else still applies.
/// </summary>
public static class ConfigurationLoader
{
    public const string FileName = "containerguard.json";

    public const string SchemaKey = "$schema";
    public const string ApprovedRegistriesKey = "approvedRegistries";
    public const string ApprovedBaseImagesKey = "approvedBaseImages";
    public const string SecretNamesKey = "secretNames";
    public const string RulesKey = "rules";
    public const string MaxFileSizeKey = "maxFileSizeMiB";

    /// <summary>The largest value <see cref="MaxFileSizeKey"/> accepts (MiB).</summary>
    public const int MaxFileSizeLimitMiB = 1024;

    /// <summary>The top-level keys the loader accepts (docs/containerguard.schema.json lists the same).</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = new[] { SchemaKey, ApprovedRegistriesKey, ApprovedBaseImagesKey, SecretNamesKey, RulesKey, MaxFileSizeKey };

    /// <summary>The severity names a rule can be set to.</summary>
    public static IReadOnlyList<string> SeverityValues { get; } = new[] { "none", "info", "warning", "error" };

    public static ConfigurationLoadResult Parse(string json, string path)
    {
        var problems = new List<(RuleDescriptor Rule, TextSpan Span, string Message)>();
        var document = JsonParser.Parse(json ?? string.Empty);
        if (document.HasErrors)
        {
            var error = document.Errors[0];
            string more = document.Errors.Count > 1 ? $" ({document.Errors.Count - 1} more)" : string.Empty;
            problems.Add((ToolRules.FileUnparsable, error.Span, $"{FileName} syntax error: {error.Message}{more} The settings that could be read still apply."));
        }

        string[]? registries = null, baseImages = null, secretNames = null;
        int? maxFileSize = null;
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

        if (document.Root is JsonObject root)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.Properties)
            {
                if (!seen.Add(property.Name))
                {
                    problems.Add((ToolRules.InvalidConfiguration, property.NameSpan, $"Key '{property.Name}' appears more than once; the last one applies."));
                }
            }

            foreach (var property in root.Properties)
            {
                switch (property.Name)
                {
                    case SchemaKey:
                        if (property.Value is not JsonString)
                        {
                            problems.Add(WrongType(property, "a string"));
                        }

                        break;
                    case ApprovedRegistriesKey:
                        registries = ReadStringArray(property, problems, ValidateRegistryPattern) ?? registries;
                        break;
                    case ApprovedBaseImagesKey:
                        baseImages = ReadStringArray(property, problems, ValidateImagePattern) ?? baseImages;
                        break;
                    case SecretNamesKey:
                        secretNames = ReadStringArray(property, problems, ValidateSecretName) ?? secretNames;
                        break;
                    case RulesKey:
                        ReadRules(property, problems, severities);
                        break;
                    case MaxFileSizeKey:
                        maxFileSize = ReadMaxFileSize(property, problems) ?? maxFileSize;
                        break;
                    default:
                        string? suggestion = KnownKeys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                        problems.Add((ToolRules.InvalidConfiguration, property.NameSpan, suggestion is null
                            ? $"Unknown key '{Shorten(property.Name)}' is ignored. Known keys: {string.Join(", ", KnownKeys.Skip(1))}."
                            : $"Unknown key '{Shorten(property.Name)}' is ignored; keys are case-sensitive: did you mean '{suggestion}'?"));
                        break;
                }
            }
        }
        else if (document.Root is not null)
        {
            problems.Add((ToolRules.InvalidConfiguration, document.Root.Span, $"{FileName} must hold a JSON object, not {Article(document.Root.KindName)}; the file is ignored."));
        }

        var configuration = new ContainerGuardConfiguration(registries, baseImages, secretNames, severities, sourcePath: path, maxFileSizeMiB: maxFileSize);

        // The file's own "rules" may silence or raise CG9002/CG9003, like any other rule.
        var collector = new FindingCollector(path, new SourceText(json ?? string.Empty), configuration);
        foreach (var problem in problems)
        {
            collector.Report(problem.Rule, problem.Span, problem.Message);
        }

        return new ConfigurationLoadResult(configuration, collector.Findings);
    }

    /// <summary>
    /// Checks an approved-registry entry: a host (<c>contoso.azurecr.io</c>, <c>localhost:5000</c>, <c>*.azurecr.io</c>)
    /// optionally followed by a path prefix (<c>contoso.azurecr.io/mirror</c>). Returns null when valid, else why not.
    /// </summary>
    public static string? ValidateRegistryPattern(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "an empty registry";
        }

        pattern = pattern.Trim();
        if (pattern.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return "a registry is a host name without a scheme (write contoso.azurecr.io, not https://contoso.azurecr.io)";
        }

        if (pattern.Any(char.IsWhiteSpace))
        {
            return "a registry cannot contain white space";
        }

        if (pattern.IndexOf('@') >= 0)
        {
            return "a registry cannot contain '@' (digests belong to images, see approvedBaseImages)";
        }

        int slash = pattern.IndexOf('/');
        string host = slash < 0 ? pattern : pattern.Substring(0, slash);
        string? hostProblem = ValidateHost(host);
        if (hostProblem is not null)
        {
            return hostProblem;
        }

        if (slash >= 0)
        {
            foreach (string segment in pattern.Substring(slash + 1).Split('/'))
            {
                if (segment.Length == 0 && slash + 1 < pattern.Length)
                {
                    return "the path after the host has an empty segment";
                }

                if (segment != "*" && !segment.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
                {
                    return "a repository path uses lower-case letters, digits and . _ - (or a whole '*' segment)";
                }
            }
        }

        return null;
    }

    /// <summary>Checks an approved-base-image entry such as <c>mcr.microsoft.com/dotnet/aspnet</c> or <c>contoso.azurecr.io/base/*</c>.</summary>
    public static string? ValidateImagePattern(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "an empty image";
        }

        pattern = pattern.Trim();
        if (pattern.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return "an image reference has no scheme (write mcr.microsoft.com/dotnet/aspnet)";
        }

        if (pattern.Any(char.IsWhiteSpace))
        {
            return "an image reference cannot contain white space";
        }

        if (pattern.IndexOf("$(", StringComparison.Ordinal) >= 0 || pattern.IndexOf("${", StringComparison.Ordinal) >= 0)
        {
            return "variables are not expanded in containerguard.json";
        }

        return null;
    }

    private static string? ValidateSecretName(string name)
        => string.IsNullOrWhiteSpace(name) ? "an empty name" : null;

    private static string? ValidateHost(string host)
    {
        if (host.Length == 0)
        {
            return "the registry host is empty";
        }

        string name = host;
        int colon = host.LastIndexOf(':');
        if (colon >= 0)
        {
            string port = host.Substring(colon + 1);
            if (port.Length == 0 || port.Length > 5 || !port.All(c => c >= '0' && c <= '9'))
            {
                return "the port after ':' must be a number (a tag does not belong in a registry)";
            }

            name = host.Substring(0, colon);
        }

        if (name.StartsWith("*.", StringComparison.Ordinal))
        {
            name = name.Substring(2);
        }

        if (name.Length == 0 || name.IndexOf('*') >= 0)
        {
            return "'*' is only allowed as the first label of the host (*.azurecr.io)";
        }

        foreach (string label in name.Split('.'))
        {
            if (label.Length == 0 || label[0] == '-' || label[label.Length - 1] == '-'
                || !label.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return "the registry host is not a valid host name";
            }
        }

        return null;
    }

    private static string[]? ReadStringArray(
        JsonProperty property,
        List<(RuleDescriptor, TextSpan, string)> problems,
        Func<string, string?> validate)
    {
        if (property.Value is not JsonArray array)
        {
            problems.Add(WrongType(property, "an array of strings"));
            return null;
        }

        var values = new List<string>();
        foreach (var item in array.Items)
        {
            if (item is not JsonString text)
            {
                problems.Add((ToolRules.InvalidConfiguration, item.Span, $"'{property.Name}' holds strings; this {item.KindName} is ignored."));
                continue;
            }

            string? problem = validate(text.Value);
            if (problem is not null)
            {
                // The entry itself is not quoted: secretNames could hold something sensitive.
                problems.Add((ToolRules.InvalidConfiguration, item.Span, $"Entry of '{property.Name}' is ignored: {problem}."));
                continue;
            }

            values.Add(text.Value.Trim());
        }

        return values.ToArray();
    }

    private static void ReadRules(JsonProperty property, List<(RuleDescriptor, TextSpan, string)> problems, Dictionary<string, Severity> severities)
    {
        if (property.Value is not JsonObject rules)
        {
            problems.Add(WrongType(property, "an object of rule ids to severities (\"CG4001\": \"error\")"));
            return;
        }

        foreach (var rule in rules.Properties)
        {
            string id = rule.Name.Trim();
            if (!LooksLikeRuleId(id))
            {
                problems.Add((ToolRules.InvalidConfiguration, rule.NameSpan, $"'{Shorten(rule.Name)}' under '{RulesKey}' is not a rule id (CGnnnn) and is ignored."));
                continue;
            }

            if (rule.Value is not JsonString value)
            {
                problems.Add((ToolRules.InvalidConfiguration, rule.Value.Span, $"'{RulesKey}.{id}' must be one of {string.Join(", ", SeverityValues.Select(s => "\"" + s + "\""))}, not {Article(rule.Value.KindName)}; the setting is ignored."));
                continue;
            }

            if (!SeverityValues.Contains(value.Value, StringComparer.Ordinal))
            {
                string hint = SeverityNames.TryParse(value.Value, out var meant) ? $"; did you mean \"{meant.ToName()}\"?" : ".";
                problems.Add((ToolRules.InvalidConfiguration, value.Span, $"'{RulesKey}.{id}' has an unknown severity; use one of {string.Join(", ", SeverityValues.Select(s => "\"" + s + "\""))}. The setting is ignored{hint}"));
                continue;
            }

            SeverityNames.TryParse(value.Value, out var severity);
            if (RuleCatalog.Find(id) is null)
            {
                // Still applied: the id may belong to a newer ContainerGuard or an analyzer this build does not list.
                problems.Add((ToolRules.InvalidConfiguration, rule.NameSpan, $"'{RulesKey}.{id}' names no known ContainerGuard rule (check the id; see 'containerguard rules')."));
            }

            severities[id.ToUpperInvariant()] = severity;
        }
    }

    private static int? ReadMaxFileSize(JsonProperty property, List<(RuleDescriptor, TextSpan, string)> problems)
    {
        if (property.Value is JsonNumber number && number.TryGetInt64(out long value) && value >= 1 && value <= MaxFileSizeLimitMiB)
        {
            return (int)value;
        }

        problems.Add((ToolRules.InvalidConfiguration, property.Value.Span, $"'{MaxFileSizeKey}' must be a whole number of MiB from 1 to {MaxFileSizeLimitMiB}; it is ignored."));
        return null;
    }

    /// <summary>Checks a size limit given outside the file (MSBuild property, CLI option): null when valid, else why not.</summary>
    public static string? ValidateMaxFileSize(string text, out int value)
    {
        value = 0;
        if (!int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) || value < 1 || value > MaxFileSizeLimitMiB)
        {
            return $"a size limit is a whole number of MiB from 1 to {MaxFileSizeLimitMiB}";
        }

        return null;
    }

    internal static bool LooksLikeRuleId(string id)
        => id.Length == 6 && (id[0] == 'C' || id[0] == 'c') && (id[1] == 'G' || id[1] == 'g') && id.Skip(2).All(c => c >= '0' && c <= '9');

    private static (RuleDescriptor, TextSpan, string) WrongType(JsonProperty property, string expected)
        => (ToolRules.InvalidConfiguration, property.Value.Span, $"'{property.Name}' must be {expected}, not {Article(property.Value.KindName)}; it is ignored.");

    private static string Article(string kind) => kind is "object" or "array" ? "an " + kind : kind is "null" ? "null" : "a " + kind;

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
