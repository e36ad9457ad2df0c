using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Images;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6003: with an approved-registry list, the base image the SDK builds on comes from a registry off the list, or
/// ContainerRegistry (where the image is pushed) is off it. Without a list, a public push target is CG6005's (info).
/// </summary>
public sealed class CG6003RegistryNotApprovedRule : ProjectRule
{
    private static readonly RuleDescriptor Rule = ProjectRuleDescriptors.RegistryNotApproved;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(ProjectContext context)
    {
        if (!context.Policy.HasApprovedRegistries)
        {
            return;
        }

        if (context.BaseImageRegistry == RegistryClass.NotApproved)
        {
            context.Report(Rule, context.BaseImageLocation,
                $"{context.DescribeBaseImage()} comes from {context.BaseImage.Reference!.Registry}, which is not an approved registry ({string.Join(", ", context.Options.Configuration.ApprovedRegistries)}).");
        }

        CheckPushTarget(context);
    }

    private static void CheckPushTarget(ProjectContext context)
    {
        if (context.PushRegistry is not { } pushed || context.Policy.IsRegistryApproved(pushed))
        {
            return;
        }

        context.Report(Rule, context.PushRegistryLocation,
            $"ContainerRegistry {pushed.Registry} (where the image is pushed) is not an approved registry ({string.Join(", ", context.Options.Configuration.ApprovedRegistries)}).");
    }
}
