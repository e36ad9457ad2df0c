using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4011 (info): an image without a digest (<c>@sha256:…</c>), whatever its tag: a tag can be moved to other
/// content. Practice recommendation 5 (pin images). The same images as CG4010. Span: the image word as written.
/// </summary>
public sealed class CG4011MissingDigestRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.MissingDigest;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var image in PulledImages.All(context.Document))
        {
            var reference = image.Reference;
            if (reference.IsScratch || reference.HasDigest)
            {
                continue;
            }

            context.Report(Rule, image.Instruction, image.Span,
                $"{image.Describe()} is not pinned by digest, and a tag can be moved to other content; append @sha256:<digest> (docker buildx imagetools inspect shows it) and let a tool such as Dependabot keep it current.");
        }
    }
}
