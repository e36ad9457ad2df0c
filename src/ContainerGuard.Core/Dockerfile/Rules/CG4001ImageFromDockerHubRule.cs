using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4001 (warning): an image the build pulls comes from Docker Hub, named (<c>docker.io/library/node</c>) or implied
/// (<c>node:20</c>). Practice recommendation 1. Every pulled image counts: FROM (ARG defaults resolved),
/// <c>COPY --from=image</c>, <c>RUN --mount=from=image</c>; stage references and scratch pull nothing. With approved
/// registries configured, CG4003 judges the registry instead (<see cref="RegistryPolicy.Classify"/>).
/// Span: the image word as written.
/// </summary>
public sealed class CG4001ImageFromDockerHubRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.ImageFromDockerHub;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var image in context.PulledImagesFrom(RegistryClass.DockerHub))
        {
            var reference = image.Reference;
            context.Report(Rule, image.Instruction, image.Span,
                $"{image.Describe()} ({reference.FullName}) is pulled from Docker Hub{(reference.IsImplicitRegistry ? " (no registry written, so Docker Hub is implied)" : string.Empty)}; " +
                "import it into a private registry such as Azure Container Registry (az acr import) and use that.");
        }
    }
}
