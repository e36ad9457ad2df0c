using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2036: an image on a full distribution run by a container or init container of a container group (Core's image policy, as for Dockerfiles). Reported by <see cref="ContainerInstanceImagePolicy"/>.</summary>
internal static class CG2036FullDistribution
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.FullDistributionId, category: "Security.minimal-base", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.FullDistribution;
}
