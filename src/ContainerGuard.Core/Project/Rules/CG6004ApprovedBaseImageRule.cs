using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Project.Rules;

/// <summary>CG6004: with an approved base-image list configured, the resolved base image must match an entry.</summary>
public sealed class CG6004ApprovedBaseImageRule : ProjectRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ProjectRuleDescriptors.BaseImageNotApproved };

    public override void Analyze(ProjectContext context)
    {
        var image = context.BaseImage.Reference;
        if (image is null || !context.Policy.HasApprovedBaseImages || context.Policy.IsBaseImageApproved(image))
        {
            return;
        }

        context.Report(ProjectRuleDescriptors.BaseImageNotApproved, context.BaseImageLocation,
            $"{context.DescribeBaseImage()} is not on the approved base-image list; set ContainerBaseImage to an approved image.");
    }
}
