using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Images;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6002 (info): the base image the SDK builds on comes from a public registry other than Docker Hub
/// (mcr.microsoft.com, ghcr.io…). With approved registries configured, CG6003 judges it instead.
/// </summary>
public sealed class CG6002BaseImageFromPublicRegistryRule : ProjectRule
{
    private static readonly RuleDescriptor Rule = ProjectRuleDescriptors.BaseImageFromPublicRegistry;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(ProjectContext context)
    {
        if (context.BaseImageRegistry != RegistryClass.PublicRegistry)
        {
            return;
        }

        context.Report(Rule, context.BaseImageLocation,
            $"{context.DescribeBaseImage()} is pulled from the public registry {context.BaseImage.Reference!.Registry}; consider a mirror in a private registry and set ContainerBaseImage to it.");
    }
}
