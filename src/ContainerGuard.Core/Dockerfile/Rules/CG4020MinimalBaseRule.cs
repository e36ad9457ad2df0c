using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4020: the final stage — following <c>FROM stage</c> chains to the image at their root — is built on a
/// full distribution (Ubuntu, Debian including -slim, CentOS, Fedora, Server Core, or a language image's
/// Debian/Ubuntu default). Builder stages do not matter: only the final image ships. Unknown images
/// (private ones we cannot classify) stay silent. Practice recommendations 5 and 10.
/// Base-image Dockerfiles stay silent too: when the chain has no ENTRYPOINT/CMD, or only a bare interpreter
/// or shell (<c>CMD ["python3"]</c>, <c>CMD ["bash"]</c>), picking the distribution is their purpose; the rule
/// reports the application images built on them (see <see cref="ApplicationImage"/>).
/// Span: the image word of the FROM at the root of the chain.
/// </summary>
public sealed class CG4020MinimalBaseRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.NonMinimalBase;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var final = context.Document.FinalStage;
        if (final == null)
        {
            return;
        }

        var image = PulledImages.FromImage(context.Document, StageChains.Root(final));
        if (image == null || !ApplicationImage.HasApplicationCommand(final))
        {
            return;
        }

        var info = BaseImagePolicy.Classify(image.Reference);
        if (info.Kind != BaseKind.Full)
        {
            return;
        }

        string via = StageChains.Root(final) == final ? "The final image" : $"The final stage '{final.Name ?? final.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}' (through its stage chain)";
        context.Report(Rule, image.Instruction, image.Span,
            $"{via} is built on '{image.Resolved}', a full {info.Distribution} distribution with a shell, a package manager and packages the application does not need; {Suggestion(image.Reference, info)}");
    }

    private static string Suggestion(ImageReference image, BaseImageInfo info)
    {
        if (info.Distribution == "Windows Server Core")
        {
            return "use a Nano Server based image where the application allows it.";
        }

        if (image.Repository.StartsWith("dotnet/", System.StringComparison.Ordinal) || image.Repository.Contains("/dotnet/"))
        {
            return "use a chiseled, distroless or alpine variant (for example the -noble-chiseled or -azurelinux3.0-distroless tag of the same image).";
        }

        var known = ImageCatalog.Find(image);
        if (known is { Kind: BaseKind.Language })
        {
            return "use a minimal base such as alpine, distroless, chiseled, Wolfi or scratch (for example the -alpine variant of the same image).";
        }

        // A distribution image itself (debian, fedora, centos, rockylinux…): it has no -alpine variant.
        string variant = known is { MinimalTags: true } ? " (or the -minimal tag of the same image)"
            : info.Distribution == "Red Hat UBI" ? " (or ubi-micro / ubi-minimal)"
            : string.Empty;
        return $"build the final stage on a minimal base such as distroless, chiseled, alpine, Wolfi or scratch instead{variant}.";
    }
}
