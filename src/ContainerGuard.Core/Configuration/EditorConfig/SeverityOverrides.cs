using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContainerGuard.Catalog;

namespace ContainerGuard.Configuration.EditorConfig;

/// <summary>
/// What the .editorconfig files that apply to one file say about rule severities, read as the compiler reads them:
/// <c>dotnet_diagnostic.&lt;id&gt;.severity</c> first, then <c>dotnet_analyzer_diagnostic.category-&lt;category&gt;.severity</c>,
/// then <c>dotnet_analyzer_diagnostic.severity</c>. A value of <c>default</c> for an id stops the look-up: the rule's
/// configured or default severity applies.
/// </summary>
public sealed class SeverityOverrides
{
    public const string IdPrefix = "dotnet_diagnostic.";
    public const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
    public const string AllKey = "dotnet_analyzer_diagnostic.severity";
    public const string SeveritySuffix = ".severity";

    public static readonly SeverityOverrides None = new(new Dictionary<string, Severity?>(), new Dictionary<string, Severity?>(), false, null);

    private readonly Dictionary<string, Severity?> _byId;
    private readonly Dictionary<string, Severity?> _byCategory;
    private readonly bool _hasAll;
    private readonly Severity? _all;

    private SeverityOverrides(Dictionary<string, Severity?> byId, Dictionary<string, Severity?> byCategory, bool hasAll, Severity? all)
    {
        _byId = byId;
        _byCategory = byCategory;
        _hasAll = hasAll;
        _all = all;
    }

    public bool IsEmpty => _byId.Count == 0 && _byCategory.Count == 0 && !_hasAll;

    /// <summary>
    /// True when .editorconfig decides something for <paramref name="rule"/>; <paramref name="severity"/> is null for
    /// <c>default</c> (use what containerguard.json or the rule says).
    /// </summary>
    public bool TryGet(RuleDescriptor rule, out Severity? severity)
    {
        if (_byId.TryGetValue(rule.Id, out severity))
        {
            return true;
        }

        if (_byCategory.TryGetValue(rule.Category, out severity))
        {
            return true;
        }

        severity = _all;
        return _hasAll;
    }

    /// <summary>Canonical text of everything here (for caches keyed by configuration).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var pair in _byId.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append('=').Append(pair.Value?.ToName() ?? "default").Append(';');
        }

        foreach (var pair in _byCategory.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append('=').Append(pair.Value?.ToName() ?? "default").Append(';');
        }

        return text.Append("*=").Append(_hasAll ? _all?.ToName() ?? "default" : string.Empty).ToString();
    }

    /// <summary>
    /// The overrides for a file from the properties that apply to it, in increasing precedence (later wins: global
    /// configs first, then .editorconfig files from the farthest to the nearest, sections in order).
    /// </summary>
    public static SeverityOverrides From(IEnumerable<EditorConfigProperty> propertiesInPrecedenceOrder)
    {
        var byId = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        var byCategory = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        Severity? all = null;
        bool hasAll = false;
        bool any = false;
        foreach (var property in propertiesInPrecedenceOrder)
        {
            if (TryParseRuleId(property.Key, out string? id))
            {
                if (TryParseSeverity(property.Value, out var severity))
                {
                    byId[id!] = severity;
                    any = true;
                }
            }
            else if (TryParseCategory(property.Key, out string? category))
            {
                if (TryParseSeverity(property.Value, out var severity))
                {
                    byCategory[category!] = severity;
                    any = true;
                }
            }
            else if (property.Key == AllKey && TryParseSeverity(property.Value, out var severity))
            {
                all = severity;
                hasAll = true;
                any = true;
            }
        }

        return any ? new SeverityOverrides(byId, byCategory, hasAll, all) : None;
    }

    /// <summary><c>dotnet_diagnostic.CG4001.severity</c> → <c>CG4001</c> (ids of ContainerGuard only: they start with CG).</summary>
    public static bool TryParseRuleId(string key, out string? id)
    {
        id = null;
        if (key.StartsWith(IdPrefix, StringComparison.Ordinal) && key.EndsWith(SeveritySuffix, StringComparison.Ordinal)
            && key.Length > IdPrefix.Length + SeveritySuffix.Length)
        {
            string candidate = key.Substring(IdPrefix.Length, key.Length - IdPrefix.Length - SeveritySuffix.Length);
            if (candidate.StartsWith("cg", StringComparison.OrdinalIgnoreCase) && candidate.Length > 2 && char.IsDigit(candidate[2]))
            {
                id = candidate.ToUpperInvariant();
                return true;
            }
        }

        return false;
    }

    /// <summary><c>dotnet_analyzer_diagnostic.category-Security.secret.severity</c> → <c>Security.secret</c>.</summary>
    public static bool TryParseCategory(string key, out string? category)
    {
        category = null;
        if (key.StartsWith(CategoryPrefix, StringComparison.Ordinal) && key.EndsWith(SeveritySuffix, StringComparison.Ordinal)
            && key.Length > CategoryPrefix.Length + SeveritySuffix.Length)
        {
            category = key.Substring(CategoryPrefix.Length, key.Length - CategoryPrefix.Length - SeveritySuffix.Length);
            return true;
        }

        return false;
    }

    /// <summary>The compiler's severity words: error, warning, suggestion, silent (refactoring), none, and default (null).</summary>
    public static bool TryParseSeverity(string value, out Severity? severity)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "default":
                severity = null;
                return true;
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "suggestion":
                severity = Severity.Info;
                return true;
            case "silent":
            case "refactoring":
            case "none":
                severity = Severity.None;
                return true;
            default:
                severity = null;
                return false;
        }
    }

    public const string SeverityWords = "error, warning, suggestion, silent, none or default";
}
