using System.Collections.Immutable;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using ContainerGuard.Analyzers.Sdk;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2030–CG2037: Core's image policy (<see cref="ImageAssessment"/>) on the images the code runs, one rule object
/// for the eight rules (each image is assessed once; each rule's descriptor lives in its own file, named by its id).
/// </summary>
internal sealed class ContainerInstanceImagePolicy : IContainerInstanceRule
{
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        CG2030ImageFromDockerHub.Rule,
        CG2031ImageFromPublicRegistry.Rule,
        CG2032RegistryNotApproved.Rule,
        CG2033ImageNotApproved.Rule,
        CG2034MovingTag.Rule,
        CG2035MissingDigest.Rule,
        CG2036FullDistribution.Rule,
        CG2037EndOfLife.Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules) => ContainerInstanceImages.Register(registry, types, rules, RuleFor);

    /// <summary>The rule that owns an issue kind.</summary>
    internal static DiagnosticDescriptor? RuleFor(ImageIssueKind kind)
    {
        if (CG2030ImageFromDockerHub.Owns(kind))
        {
            return CG2030ImageFromDockerHub.Rule;
        }

        if (CG2031ImageFromPublicRegistry.Owns(kind))
        {
            return CG2031ImageFromPublicRegistry.Rule;
        }

        if (CG2032RegistryNotApproved.Owns(kind))
        {
            return CG2032RegistryNotApproved.Rule;
        }

        if (CG2033ImageNotApproved.Owns(kind))
        {
            return CG2033ImageNotApproved.Rule;
        }

        if (CG2034MovingTag.Owns(kind))
        {
            return CG2034MovingTag.Rule;
        }

        if (CG2035MissingDigest.Owns(kind))
        {
            return CG2035MissingDigest.Rule;
        }

        if (CG2036FullDistribution.Owns(kind))
        {
            return CG2036FullDistribution.Rule;
        }

        if (CG2037EndOfLife.Owns(kind))
        {
            return CG2037EndOfLife.Rule;
        }

        return null;
    }
}
