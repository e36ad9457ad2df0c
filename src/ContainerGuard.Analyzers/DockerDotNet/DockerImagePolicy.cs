using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3030–CG3037: Core's image policy (<see cref="ImageAssessment"/>) on the images the code runs, one rule object for
/// the eight rules (each image is assessed once; each rule's descriptor lives in its own file, named by its id).
/// </summary>
internal sealed class DockerImagePolicy : ISdkRule<DockerTypes>
{
    private static readonly ImageRules Images = new(
        (CG3030ImageFromDockerHub.Owns, CG3030ImageFromDockerHub.Rule),
        (CG3031ImageFromPublicRegistry.Owns, CG3031ImageFromPublicRegistry.Rule),
        (CG3032RegistryNotApproved.Owns, CG3032RegistryNotApproved.Rule),
        (CG3033ImageNotApproved.Owns, CG3033ImageNotApproved.Rule),
        (CG3034MovingTag.Owns, CG3034MovingTag.Rule),
        (CG3035MissingDigest.Owns, CG3035MissingDigest.Rule),
        (CG3036FullDistribution.Owns, CG3036FullDistribution.Rule),
        (CG3037EndOfLife.Owns, CG3037EndOfLife.Rule));

    public ImmutableArray<DiagnosticDescriptor> Descriptors => Images.Descriptors;

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules) => DockerImages.Register(registry, types, rules, Images.RuleFor);
}
