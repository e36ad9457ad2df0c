using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4022: the runtime an official image ships is past its end of life (<c>node:18</c>, <c>python:3.8</c>,
/// <c>mcr.microsoft.com/dotnet/aspnet:6.0</c>). Every image the build pulls counts, builder stages included (an
/// end-of-life SDK builds the artifact). Decided against the lint clock (<see cref="LintOptions.GetNow"/>) with the
/// dated tables of <see cref="ImageKnowledge"/>. Practice recommendations 2 and 7. Span: the image word as written.
/// </summary>
public sealed class CG4022EndOfLifeRuntimeRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.EndOfLifeRuntime;

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

            var runtime = EndOfLifePolicy.FindRuntime(image.Reference);
            if (runtime != null && runtime.IsPastEndOfLife(now))
            {
                context.Report(Rule, image.Instruction, image.Span,
                    $"{image.Describe()} is a {runtime.DisplayName} image{runtime.HowKnown}, and {runtime.DisplayName} reached end of support on {runtime.EndText} ({runtime.Source}); neither it nor the image gets security fixes any more. Move to a supported version.");
            }
        }
    }
}
