using System.Collections.Immutable;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using ContainerGuard.Analyzers.Sdk;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3030–CG3037: Core's image policy (<see cref="ImageAssessment"/>) on the images the code runs, one rule object
/// for the eight rules (each image is assessed once; each rule's descriptor lives in its own file, named by its id).
/// </summary>
internal sealed class DockerImagePolicy : IDockerRule
{
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        CG3030ImageFromDockerHub.Rule,
        CG3031ImageFromPublicRegistry.Rule,
        CG3032RegistryNotApproved.Rule,
        CG3033ImageNotApproved.Rule,
        CG3034MovingTag.Rule,
        CG3035MissingDigest.Rule,
        CG3036FullDistribution.Rule,
        CG3037EndOfLife.Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules) => DockerImages.Register(registry, types, rules, RuleFor);

    /// <summary>The rule that owns an issue kind.</summary>
    internal static DiagnosticDescriptor? RuleFor(ImageIssueKind kind)
    {
        if (CG3030ImageFromDockerHub.Owns(kind))
        {
            return CG3030ImageFromDockerHub.Rule;
        }

        if (CG3031ImageFromPublicRegistry.Owns(kind))
        {
            return CG3031ImageFromPublicRegistry.Rule;
        }

        if (CG3032RegistryNotApproved.Owns(kind))
        {
            return CG3032RegistryNotApproved.Rule;
        }

        if (CG3033ImageNotApproved.Owns(kind))
        {
            return CG3033ImageNotApproved.Rule;
        }

        if (CG3034MovingTag.Owns(kind))
        {
            return CG3034MovingTag.Rule;
        }

        if (CG3035MissingDigest.Owns(kind))
        {
            return CG3035MissingDigest.Rule;
        }

        if (CG3036FullDistribution.Owns(kind))
        {
            return CG3036FullDistribution.Rule;
        }

        if (CG3037EndOfLife.Owns(kind))
        {
            return CG3037EndOfLife.Rule;
        }

        return null;
    }
}
