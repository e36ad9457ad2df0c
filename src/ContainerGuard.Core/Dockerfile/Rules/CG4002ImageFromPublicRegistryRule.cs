using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4002 (info): an image the build pulls comes from a public registry other than Docker Hub (mcr.microsoft.com,
/// ghcr.io, quay.io…, see <see cref="RegistryPolicy.IsPublicRegistryHost"/>). Practice recommendation 1. The same
/// images as CG4001; with approved registries configured, CG4003 judges the registry instead. Span: the image word.
/// </summary>
public sealed class CG4002ImageFromPublicRegistryRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.ImageFromPublicRegistry;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var image in context.PulledImagesFrom(RegistryClass.PublicRegistry))
        {
            var reference = image.Reference;
            context.Report(Rule, image.Instruction, image.Span,
                $"{image.Describe()} is pulled from the public registry {reference.Registry}; consider mirroring it into a private registry such as Azure Container Registry and pulling from there.");
        }
    }
}
