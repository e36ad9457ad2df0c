using ContainerGuard.Rules;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers;

/// <summary>Turns Core's catalogue entries into Roslyn descriptors, so ids, titles and help links exist once.</summary>
internal static class DiagnosticDescriptors
{
    public static DiagnosticDescriptor Create(RuleDescriptor rule, string messageFormat) => new(
        rule.Id,
        rule.Title,
        messageFormat,
        "Security." + rule.Concern.ToTag(),
        rule.DefaultSeverity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            Severity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        },
        isEnabledByDefault: rule.DefaultSeverity != Severity.None,
        description: rule.Description,
        helpLinkUri: rule.HelpUri,
        customTags: new[] { rule.Concern.ToTag() });
}
