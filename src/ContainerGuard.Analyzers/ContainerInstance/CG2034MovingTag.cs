using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2034: an image without a tag or with a moving tag run by a container or init container of a container group (Core's image policy, as for Dockerfiles). Reported by <see cref="ContainerInstanceImagePolicy"/>.</summary>
internal static class CG2034MovingTag
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.MovingTagId, category: "Security.pinning", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.MovingTag;
}
