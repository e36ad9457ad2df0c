using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4003: when approved registries are configured, an image the build pulls comes from a registry off the list
/// (it replaces CG4001/CG4002 then). Practice recommendation 6. The same images as CG4001. Span: the image word.
/// </summary>
public sealed class CG4003RegistryNotApprovedRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.RegistryNotApproved;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        if (!context.Policy.HasApprovedRegistries)
        {
            return;
        }

        foreach (var image in context.PulledImagesFrom(RegistryClass.NotApproved))
        {
            var reference = image.Reference;
            context.Report(Rule, image.Instruction, image.Span,
                $"{image.Describe()} comes from registry '{reference.Registry}', which is not on the approved list ({RegistryPolicy.Abbreviate(context.Options.Configuration.ApprovedRegistries)}); use an image from an approved registry.");
        }
    }
}
