using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4010: an image without a tag (Docker pulls <c>latest</c>) or with a moving tag (<c>latest</c>, <c>lts</c>,
/// <c>stable</c>, <c>edge</c>…, see <see cref="TagPolicy"/>). A digest pins the content, so an image with one is
/// fine whatever its tag. Practice recommendation 5 (pin images). Every pulled image counts (FROM,
/// COPY --from=image, RUN --mount=from=image); stages and scratch do not. Span: the image word as written.
/// </summary>
public sealed class CG4010MovingTagRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.MovingTag;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var image in PulledImages.All(context.Document))
        {
            var reference = image.Reference;
            if (reference.IsScratch || reference.HasDigest || !TagPolicy.IsMovingTag(reference))
            {
                continue;
            }

            string what = reference.Tag == null
                ? "has no tag, so Docker pulls 'latest'"
                : $"uses the moving tag '{reference.Tag}'";
            context.Report(Rule, image.Instruction, image.Span,
                $"{image.Describe()} {what}, which points at different content with every release; use a version tag ({reference.FamiliarName}:<version>) and pin its digest.");
        }
    }
}
