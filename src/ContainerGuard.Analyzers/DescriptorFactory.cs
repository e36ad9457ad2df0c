using System;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers;

/// <summary>Turns Core's catalogue entries into Roslyn descriptors, so ids, titles and help links exist once.</summary>
internal static class DescriptorFactory
{
    public static DiagnosticDescriptor Create(RuleDescriptor rule, string messageFormat) => new(
        rule.Id,
        rule.Title,
        messageFormat,
        Category(rule),
        ToDiagnosticSeverity(rule.DefaultSeverity),
        isEnabledByDefault: rule.DefaultSeverity != Severity.None,
        description: rule.Description,
        helpLinkUri: rule.HelpUri,
        customTags: new[] { rule.Concern.ToTag() });

    /// <summary>
    /// The same, with id, category and severity spelled as constants where the descriptor is declared: that is what
    /// Microsoft.CodeAnalysis.Analyzers' release tracking reads (AnalyzerReleases.*.md). Title, description and help
    /// link still come from Core's catalogue; a test checks that the constants agree with it.
    /// </summary>
    public static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity defaultSeverity, bool isEnabledByDefault, string messageFormat)
    {
        var rule = Find(id);
        return new DiagnosticDescriptor(
            id,
            rule?.Title ?? id,
            messageFormat,
            category,
            defaultSeverity,
            isEnabledByDefault,
            description: rule?.Description,
            helpLinkUri: rule?.HelpUri ?? RuleDescriptor.HelpUriBase + id + ".md",
            customTags: rule is null ? Array.Empty<string>() : new[] { rule.Concern.ToTag() });
    }

    public static string Category(RuleDescriptor rule) => rule.Category;

    public static DiagnosticSeverity ToDiagnosticSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static RuleDescriptor? Find(string id) => RuleCatalog.Find(id);
}
