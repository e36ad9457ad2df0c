using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4004: when approved base images are configured, every image the build pulls (FROM, COPY --from=image,
/// RUN --mount=from=image) must match one of the patterns. Practice recommendation 5 (allow only approved
/// images). Silent without a list. Span: the image word as written.
/// </summary>
public sealed class CG4004ApprovedBaseImageRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.BaseImageNotApproved;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var policy = context.Policy;
        if (!policy.HasApprovedBaseImages)
        {
            return;
        }

        foreach (var image in PulledImages.All(context.Document))
        {
            if (!image.Reference.IsScratch && !policy.IsBaseImageApproved(image.Reference))
            {
                context.Report(Rule, image.Instruction, image.Span,
                    $"{image.Describe()} is not on the approved base-image list ({RegistryPolicy.Abbreviate(context.Options.Configuration.ApprovedBaseImages)}); build on an approved image.");
            }
        }
    }
}
