using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3033: an image off the approved list run by a container created or an image pulled with Docker.DotNet (Core's image policy, as for Dockerfiles). Reported by <see cref="DockerImagePolicy"/>.</summary>
internal static class CG3033ImageNotApproved
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.ImageNotApprovedId, category: "Security.registry", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.ImageNotApproved;
}
