using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3031: an image from a public registry run by a container created or an image pulled with Docker.DotNet (Core's image policy, as for Dockerfiles). Reported by <see cref="DockerImagePolicy"/>.</summary>
internal static class CG3031ImageFromPublicRegistry
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.ImageFromPublicRegistryId, category: "Security.registry", defaultSeverity: DiagnosticSeverity.Info, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.FromPublicRegistry;
}
