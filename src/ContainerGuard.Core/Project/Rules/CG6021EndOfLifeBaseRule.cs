using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6021: the resolved base image names a .NET runtime or distribution release past its end of life on the
/// run's clock. For the SDK default the finding sits on TargetFramework (which chose the version) when the
/// project file writes it, else on the &lt;Project&gt; element.
/// </summary>
public sealed class CG6021EndOfLifeBaseRule : ProjectRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ProjectRuleDescriptors.EndOfLifeBase };

    public override void Analyze(ProjectContext context)
    {
        var image = context.BaseImage.Reference;
        if (image is null)
        {
            return;
        }

        var expired = EndOfLifePolicy.FindPastEndOfLife(image, context.Now);
        if (expired.Count == 0)
        {
            return;
        }

        string releases = string.Join(" and ", expired.Select(r => $"{r.DisplayName}{r.HowKnown} (end of support {r.EndText})"));
        if (!context.BaseImage.IsSdkDefault)
        {
            context.Report(ProjectRuleDescriptors.EndOfLifeBase, context.BaseImageLocation,
                $"ContainerBaseImage {image} is built on {releases}, past end of life; move to a supported version.");
            return;
        }

        var location = context.Locator.Find(ProjectContainerProperties.TargetFrameworkName, context.Properties.TargetFramework)
            ?? context.Locator.Find(ProjectContainerProperties.TargetFrameworksName)
            ?? context.Locator.ProjectElement;
        context.Report(ProjectRuleDescriptors.EndOfLifeBase, location,
            $"{context.DescribeBaseImage()}, chosen from target framework {context.Properties.TargetFramework}, is {releases}, past end of life; target a supported .NET version.");
    }
}
