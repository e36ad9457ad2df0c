using System.Collections.Generic;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6020: the resolved base image is a full distribution (Debian, Ubuntu, Azure Linux core…). For the SDK default
/// the finding sits on ContainerFamily when it is set (it chose the full distribution) or on the &lt;Project&gt;
/// element. Windows containers (a win-* runtime identifier) get Nano Server from the SDK and are not reported.
/// </summary>
public sealed class CG6020NonMinimalFamilyRule : ProjectRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ProjectRuleDescriptors.NonMinimalFamily };

    public override void Analyze(ProjectContext context)
    {
        var image = context.BaseImage.Reference;
        if (image is null || (context.BaseImage.IsSdkDefault && SdkBaseImageResolver.IsWindows(context.Properties)))
        {
            return;
        }

        var info = BaseImagePolicy.Classify(image);
        if (info.Kind != BaseKind.Full)
        {
            return;
        }

        string distribution = info.Distribution is null ? "a full distribution" : info.Distribution;
        if (!context.BaseImage.IsSdkDefault)
        {
            context.Report(ProjectRuleDescriptors.NonMinimalFamily, context.BaseImageLocation,
                $"ContainerBaseImage {image} is built on {distribution}, a full distribution; use a minimal image (an -alpine, -chiseled or -distroless variant).");
            return;
        }

        var family = context.Locator.Find(ProjectContainerProperties.ContainerFamilyName, context.Properties.ContainerFamily);
        if (!string.IsNullOrWhiteSpace(context.Properties.ContainerFamily) && family is not null)
        {
            context.Report(ProjectRuleDescriptors.NonMinimalFamily, family,
                $"ContainerFamily '{context.Properties.ContainerFamily}' makes the SDK build on {image} ({distribution}), a full distribution; use a minimal family such as noble-chiseled, alpine or azurelinux3.0-distroless.");
            return;
        }

        context.Report(ProjectRuleDescriptors.NonMinimalFamily, context.Locator.ProjectElement,
            $"{context.DescribeBaseImage()} is {distribution}, a full distribution; set ContainerFamily to a minimal one such as noble-chiseled, alpine or azurelinux3.0-distroless.");
    }
}
