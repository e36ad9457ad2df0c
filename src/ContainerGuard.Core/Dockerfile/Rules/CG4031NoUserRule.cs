using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Images;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4031: the final image runs as root by default — no USER anywhere in the final stage or the stages it
/// builds on, and the image at the root of the chain is not known to run as non-root
/// (<see cref="BaseImagePolicy.RunsAsNonRootByDefault"/>: chiseled/distroless .NET, <c>:nonroot</c>,
/// Chainguard, Bitnami, nginx-unprivileged, Nano Server…). Practice recommendation 8.
/// <para>
/// Most Dockerfiles have no USER, and many of them build base images (docker-library/python,
/// nodejs/docker-node, dotnet/dotnet-docker) that leave the user to the application image. So the rule fires
/// only for what looks like an APPLICATION image:
/// </para>
/// <list type="bullet">
/// <item>the chain sets an ENTRYPOINT or CMD, and it is not just an interpreter or shell
/// (<c>CMD ["python3"]</c>, <c>CMD ["node"]</c>, <c>CMD ["bash"]</c>, <c>CMD ["pwsh"]</c>, optionally behind a
/// <c>docker-entrypoint.sh</c> wrapper) — that is how runtime base images end; and</item>
/// <item>it puts application files in (any COPY or ADD in the chain), or it builds on a known runtime image
/// (.NET, Node.js, Python, Go, PHP, Ruby) and starts something with that ENTRYPOINT/CMD.</item>
/// </list>
/// <para>
/// The root image must be one we can judge: scratch, a Docker Hub or public-registry image, or a known image
/// mirrored privately. An unknown image from a private registry may set its own USER, so the rule is silent.
/// Span: the image word of the final stage's FROM.
/// </para>
/// </summary>
public sealed class CG4031NoUserRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.NoUser;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var final = context.Document.FinalStage;
        if (final == null)
        {
            return;
        }

        var chain = StageChains.Of(final);
        if (StageUsers.Last(chain) != null)
        {
            return;
        }

        var root = PulledImages.FromImage(context.Document, chain[0]);
        if (root == null || BaseImagePolicy.RunsAsNonRootByDefault(root.Reference) || !CanJudge(root.Reference))
        {
            return;
        }

        var known = root.Reference.IsScratch ? null : ImageCatalog.Find(root.Reference);
        if (!ApplicationImage.LooksLikeApplication(final, builtOnRuntime: known?.RuntimeProduct != null))
        {
            return;
        }

        var at = final.From.Image;
        if (at == null)
        {
            return;
        }

        bool windows = BaseImagePolicy.Classify(root.Reference).Distribution == "Windows Server Core";
        string fix = windows
            ? "add USER ContainerUser before the entrypoint."
            : root.Reference.IsScratch
                ? "add a numeric non-root USER (for example USER 65532:65532) before the entrypoint."
                : "add a non-root USER before the entrypoint (create one with useradd/adduser, or use a base that runs as non-root such as a chiseled or distroless :nonroot image).";
        string who = windows ? "ContainerAdministrator" : "root";
        context.Report(Rule, final.From, at.Span,
            $"The final image sets no USER and '{root.Resolved}' runs as {who} by default, so the application runs as {who}; {fix}");
    }

    private static bool CanJudge(ImageReference image)
        => image.IsScratch
        || RegistryPolicy.ClassifyPublic(image) != RegistryClass.Private
        || ImageCatalog.Find(image) != null;
}
