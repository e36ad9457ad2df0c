using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Images;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6001: the base image the SDK builds on (ContainerBaseImage, or the SDK's default) comes from Docker Hub. With
/// approved registries configured, CG6003 judges it instead (<see cref="RegistryPolicy.Classify"/>).
/// </summary>
public sealed class CG6001BaseImageFromDockerHubRule : ProjectRule
{
    private static readonly RuleDescriptor Rule = ProjectRuleDescriptors.BaseImageFromDockerHub;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(ProjectContext context)
    {
        if (context.BaseImageRegistry != RegistryClass.DockerHub)
        {
            return;
        }

        string fix = context.BaseImage.IsSdkDefault
            ? "mirror it into a private registry (such as Azure Container Registry) and set ContainerBaseImage to the mirror"
            : "mirror it into a private registry (such as Azure Container Registry) and point ContainerBaseImage there";
        context.Report(Rule, context.BaseImageLocation, $"{context.DescribeBaseImage()} is pulled from Docker Hub; {fix}.");
    }
}
