using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2030–CG2037: Core's image policy (<see cref="ImageAssessment"/>) on the images the code runs, one rule object for
/// the eight rules (each image is assessed once; each rule's descriptor lives in its own file, named by its id).
/// </summary>
internal sealed class ContainerInstanceImagePolicy : ISdkRule<ContainerInstanceTypes>
{
    private static readonly ImageRules Images = new(
        (CG2030ImageFromDockerHub.Owns, CG2030ImageFromDockerHub.Rule),
        (CG2031ImageFromPublicRegistry.Owns, CG2031ImageFromPublicRegistry.Rule),
        (CG2032RegistryNotApproved.Owns, CG2032RegistryNotApproved.Rule),
        (CG2033ImageNotApproved.Owns, CG2033ImageNotApproved.Rule),
        (CG2034MovingTag.Owns, CG2034MovingTag.Rule),
        (CG2035MissingDigest.Owns, CG2035MissingDigest.Rule),
        (CG2036FullDistribution.Owns, CG2036FullDistribution.Rule),
        (CG2037EndOfLife.Owns, CG2037EndOfLife.Rule));

    public ImmutableArray<DiagnosticDescriptor> Descriptors => Images.Descriptors;

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules) => ContainerInstanceImages.Register(registry, types, rules, Images.RuleFor);
}
