using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4021: an image's distribution release is past its end of life (<c>debian:buster</c>, <c>python:3.12-buster</c>,
/// <c>ubuntu:18.04</c>, <c>alpine:3.16</c>, <c>centos:7</c>). Every image the build pulls counts, builder stages
/// included: an end-of-life distribution builds the artifact with unpatched tools and packages that end up in it.
/// Decided against the lint clock (<see cref="LintOptions.GetNow"/>) with the dated tables of
/// <see cref="ImageKnowledge"/>. Practice recommendations 2 and 7. Span: the image word as written.
/// </summary>
public sealed class CG4021EndOfLifeBaseRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.EndOfLifeBase;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var now = context.Options.GetNow();
        foreach (var image in PulledImages.All(context.Document))
        {
            if (image.Reference.IsScratch)
            {
                continue;
            }

            var distribution = EndOfLifePolicy.FindDistribution(image.Reference);
            if (distribution != null && distribution.IsPastEndOfLife(now))
            {
                context.Report(Rule, image.Instruction, image.Span,
                    $"{image.Describe()} is on {distribution.DisplayName}{distribution.HowKnown}, which reached end of life on {distribution.EndText} ({distribution.Source}) and gets no more security fixes; move to a supported release.");
            }
        }
    }
}
