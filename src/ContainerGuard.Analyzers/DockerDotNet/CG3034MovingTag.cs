using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3034: an image without a tag or with a moving tag run by a container created or an image pulled with Docker.DotNet (Core's image policy, as for Dockerfiles). Reported by <see cref="DockerImagePolicy"/>.</summary>
internal static class CG3034MovingTag
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.MovingTagId, category: "Security.pinning", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public static bool Owns(ImageIssueKind kind) => kind is ImageIssueKind.MovingTag;
}
