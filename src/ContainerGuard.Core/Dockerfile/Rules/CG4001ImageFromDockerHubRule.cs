using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4001 (Docker Hub, warning), CG4002 (another public registry, info) and, when approved registries are
/// configured, CG4003 (registry not on the list) instead of both. Practice recommendations 1 and 6.
/// Checks every image the build pulls: FROM (ARG defaults resolved), COPY --from=image, RUN --mount=from=image.
/// Stage references and scratch pull nothing and are skipped. Span: the image word as written.
/// </summary>
public sealed class CG4001ImageFromDockerHubRule : DockerfileRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[]
    {
        DockerfileRuleDescriptors.ImageFromDockerHub,
        DockerfileRuleDescriptors.ImageFromPublicRegistry,
        DockerfileRuleDescriptors.RegistryNotApproved,
    };

    public override void Analyze(DockerfileContext context)
    {
        var policy = RegistryPolicy.From(context.Options.Configuration);
        foreach (var image in PulledImages.All(context.Document))
        {
            var reference = image.Reference;
            if (reference.IsScratch)
            {
                continue;
            }

            switch (policy.Classify(reference))
            {
                case RegistryClass.DockerHub:
                    context.Report(DockerfileRuleDescriptors.ImageFromDockerHub, image.Instruction, image.Span,
                        $"{image.Describe()} ({reference.FullName}) is pulled from Docker Hub{(reference.IsImplicitRegistry ? " (no registry written, so Docker Hub is implied)" : string.Empty)}; " +
                        "import it into a private registry such as Azure Container Registry (az acr import) and use that.");
                    break;
                case RegistryClass.PublicRegistry:
                    context.Report(DockerfileRuleDescriptors.ImageFromPublicRegistry, image.Instruction, image.Span,
                        $"{image.Describe()} is pulled from the public registry {reference.Registry}; consider mirroring it into a private registry such as Azure Container Registry and pulling from there.");
                    break;
                case RegistryClass.NotApproved:
                    context.Report(DockerfileRuleDescriptors.RegistryNotApproved, image.Instruction, image.Span,
                        $"{image.Describe()} comes from registry '{reference.Registry}', which is not on the approved list ({Listed(context.Options.Configuration.ApprovedRegistries)}); use an image from an approved registry.");
                    break;
            }
        }
    }

    internal static string Listed(IReadOnlyList<string> entries)
    {
        const int shown = 3;
        string list = string.Join(", ", entries.Take(shown));
        return entries.Count > shown ? list + $" and {entries.Count - shown} more" : list;
    }
}
