using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>
/// Core's image policy (<see cref="ImageAssessment"/>, with the file's approved registries and images) applied to an
/// image an SDK call runs: each issue is reported by the CG2030–CG2037 / CG3030–CG3037 rule that owns its kind, with Core's words.
/// </summary>
internal static class ImagePolicyReporter
{
    /// <summary>The issues that do not depend on the tag: what is left to say when the tag cannot be known.</summary>
    private static readonly HashSet<ImageIssueKind> TagIndependent = new()
    {
        ImageIssueKind.FromDockerHub, ImageIssueKind.FromPublicRegistry, ImageIssueKind.RegistryNotApproved, ImageIssueKind.ImageNotApproved,
    };

    public static void Report(OperationAnalysisContext context, SdkRuleContext rules, Func<ImageIssueKind, DiagnosticDescriptor?> ruleFor, IOperation site, string image, bool tagKnown = true)
    {
        if (string.IsNullOrWhiteSpace(image) || !ImageReference.TryParse(image.Trim(), out var reference))
        {
            return; // not an image reference we can read: nothing can be known
        }

        foreach (var issue in ImageAssessment.AssessRunImage(reference, rules.PolicyFor(site.Syntax.SyntaxTree), rules.Now))
        {
            if (ruleFor(issue.Kind) is { } rule && (tagKnown || TagIndependent.Contains(issue.Kind)))
            {
                rules.Report(context.ReportDiagnostic, rule, site.Syntax.GetLocation(), image.Trim(), issue.Detail);
            }
        }
    }
}

/// <summary>The image rules of one SDK family: which rule owns each kind of image issue.</summary>
internal sealed class ImageRules
{
    private readonly (Func<ImageIssueKind, bool> Owns, DiagnosticDescriptor Rule)[] _rules;

    public ImageRules(params (Func<ImageIssueKind, bool> Owns, DiagnosticDescriptor Rule)[] rules)
    {
        _rules = rules;
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(rules.Length);
        foreach (var (_, rule) in rules)
        {
            descriptors.Add(rule);
        }

        Descriptors = descriptors.MoveToImmutable();
    }

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The rule that owns an issue kind; null for none.</summary>
    public DiagnosticDescriptor? RuleFor(ImageIssueKind kind)
    {
        foreach (var (owns, rule) in _rules)
        {
            if (owns(kind))
            {
                return rule;
            }
        }

        return null;
    }
}
