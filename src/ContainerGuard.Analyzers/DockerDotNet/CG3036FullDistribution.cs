using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3036: an image on a full distribution run by a container created or an image pulled with Docker.DotNet (Core's image policy, as for Dockerfiles). Reported by <see cref="DockerImagePolicy"/>.</summary>
internal static class CG3036FullDistribution
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.FullDistributionId, category: "Security.minimal-base", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.FullDistribution;
}
