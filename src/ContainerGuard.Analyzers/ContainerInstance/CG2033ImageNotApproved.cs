using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2033: an image off the approved list run by a container or init container of a container group (Core's image policy, as for Dockerfiles). Reported by <see cref="ContainerInstanceImagePolicy"/>.</summary>
internal static class CG2033ImageNotApproved
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.ImageNotApprovedId, category: "Security.registry", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.ImageNotApproved;
}
