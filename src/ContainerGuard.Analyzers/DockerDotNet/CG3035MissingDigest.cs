using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3035: an image not pinned by digest run by a container created or an image pulled with Docker.DotNet (Core's image policy, as for Dockerfiles). Reported by <see cref="DockerImagePolicy"/>.</summary>
internal static class CG3035MissingDigest
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.MissingDigestId, category: "Security.pinning", defaultSeverity: DiagnosticSeverity.Info, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.NotPinnedByDigest;
}
