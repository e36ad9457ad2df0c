using System.Collections.Generic;
using ContainerGuard.Images;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4010: an image without a tag (Docker pulls <c>latest</c>) or with a moving tag (<c>latest</c>, <c>lts</c>,
/// <c>stable</c>, <c>edge</c>…, see <see cref="TagPolicy"/>). CG4011 (info): an image without a digest.
/// A digest pins the content, so neither fires with one. Practice recommendation 5 (pin images).
/// Every pulled image counts (FROM, COPY --from=image, RUN --mount=from=image); stages and scratch do not.
/// </summary>
public sealed class CG4010MovingTagRule : DockerfileRule
{
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[]
    {
        DockerfileRuleDescriptors.MovingTag,
        DockerfileRuleDescriptors.MissingDigest,
    };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var image in PulledImages.All(context.Document))
        {
            var reference = image.Reference;
            if (reference.IsScratch || reference.HasDigest)
            {
                continue;
            }

            if (TagPolicy.IsMovingTag(reference))
            {
                string what = reference.Tag == null
                    ? "has no tag, so Docker pulls 'latest'"
                    : $"uses the moving tag '{reference.Tag}'";
                context.Report(DockerfileRuleDescriptors.MovingTag, image.Instruction, image.Span,
                    $"{image.Describe()} {what}, which points at different content with every release; use a version tag ({reference.FamiliarName}:<version>) and pin its digest.");
            }

            context.Report(DockerfileRuleDescriptors.MissingDigest, image.Instruction, image.Span,
                $"{image.Describe()} is not pinned by digest, and a tag can be moved to other content; append @sha256:<digest> (docker buildx imagetools inspect shows it) and let a tool such as Dependabot keep it current.");
        }
    }
}
