using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2031: an image from a public registry run by a container or init container of a container group (Core's image policy, as for Dockerfiles). Reported by <see cref="ContainerInstanceImagePolicy"/>.</summary>
internal static class CG2031ImageFromPublicRegistry
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.ImageFromPublicRegistryId, category: "Security.registry", defaultSeverity: DiagnosticSeverity.Info, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.FromPublicRegistry;
}
