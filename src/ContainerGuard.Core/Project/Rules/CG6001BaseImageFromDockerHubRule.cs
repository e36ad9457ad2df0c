using System.Collections.Generic;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6001 / CG6002 / CG6003: where the base image comes from (Docker Hub, another public registry, or off the
/// approved list), and, with an approved-registry list, whether ContainerRegistry (the push target) is on it.
/// Without a list the push target is not judged: a Docker Hub or GHCR repository may well be private.
/// </summary>
public sealed class CG6001BaseImageFromDockerHubRule : ProjectRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[]
    {
        ProjectRuleDescriptors.BaseImageFromDockerHub, ProjectRuleDescriptors.BaseImageFromPublicRegistry, ProjectRuleDescriptors.RegistryNotApproved,
    };

    public override void Analyze(ProjectContext context)
    {
        var image = context.BaseImage.Reference;
        if (image is not null && !image.IsScratch)
        {
            string subject = context.DescribeBaseImage();
            string fix = context.BaseImage.IsSdkDefault
                ? "mirror it into a private registry (such as Azure Container Registry) and set ContainerBaseImage to the mirror"
                : "mirror it into a private registry (such as Azure Container Registry) and point ContainerBaseImage there";
            switch (context.Policy.Classify(image))
            {
                case RegistryClass.DockerHub:
                    context.Report(ProjectRuleDescriptors.BaseImageFromDockerHub, context.BaseImageLocation,
                        $"{subject} is pulled from Docker Hub; {fix}.");
                    break;
                case RegistryClass.PublicRegistry:
                    context.Report(ProjectRuleDescriptors.BaseImageFromPublicRegistry, context.BaseImageLocation,
                        $"{subject} is pulled from the public registry {image.Registry}; consider a mirror in a private registry and set ContainerBaseImage to it.");
                    break;
                case RegistryClass.NotApproved:
                    context.Report(ProjectRuleDescriptors.RegistryNotApproved, context.BaseImageLocation,
                        $"{subject} comes from {image.Registry}, which is not an approved registry ({string.Join(", ", context.Options.Configuration.ApprovedRegistries)}).");
                    break;
            }
        }

        CheckPushTarget(context);
    }

    private static void CheckPushTarget(ProjectContext context)
    {
        string? registry = context.Properties.ContainerRegistry;
        if (!context.Policy.HasApprovedRegistries || string.IsNullOrWhiteSpace(registry) || ProjectContainerProperties.IsUnresolved(registry))
        {
            return;
        }

        // ContainerRegistry is a host[:port]; judge it as the registry of the image the SDK will push.
        string host = registry!.Trim().TrimEnd('/');
        if (!ImageReference.TryParse(host + "/app", out var pushed) || pushed.IsImplicitRegistry || context.Policy.IsRegistryApproved(pushed))
        {
            return;
        }

        context.Report(ProjectRuleDescriptors.RegistryNotApproved,
            context.Locator.FindOrProject(ProjectContainerProperties.ContainerRegistryName, context.Properties.ContainerRegistry),
            $"ContainerRegistry {pushed.Registry} (where the image is pushed) is not an approved registry ({string.Join(", ", context.Options.Configuration.ApprovedRegistries)}).");
    }
}
