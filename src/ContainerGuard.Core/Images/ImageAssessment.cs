using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Catalog;

namespace ContainerGuard.Images;

/// <summary>What can be wrong with an image a container runs, whatever surface names it.</summary>
public enum ImageIssueKind
{
    /// <summary>Docker Hub, written or implied (no list of approved registries configured).</summary>
    FromDockerHub,

    /// <summary>Another public registry (mcr.microsoft.com, ghcr.io, quay.io…; no list configured).</summary>
    FromPublicRegistry,

    /// <summary>A list of approved registries is configured and the image's registry is not on it.</summary>
    RegistryNotApproved,

    /// <summary>A list of approved images is configured and the image is not on it.</summary>
    ImageNotApproved,

    /// <summary>No tag (so <c>latest</c>) or a moving tag, and no digest.</summary>
    MovingTag,

    /// <summary>A fixed tag but no digest (info level on every surface).</summary>
    NotPinnedByDigest,

    /// <summary>A full distribution (Debian, Ubuntu, CentOS…) where a minimal image would do.</summary>
    FullDistribution,

    /// <summary>The image's distribution release is past its end of life.</summary>
    DistributionEndOfLife,

    /// <summary>The runtime the image ships (Node, Python, .NET…) is past its end of life.</summary>
    RuntimeEndOfLife,
}

/// <summary>One thing wrong with an image, with the words every surface uses for it.</summary>
public sealed class ImageIssue
{
    internal ImageIssue(ImageIssueKind kind, Concern concern, string detail)
    {
        Kind = kind;
        Concern = concern;
        Detail = detail;
    }

    public ImageIssueKind Kind { get; }

    public Concern Concern { get; }

    /// <summary>
    /// A predicate that follows the image's description in a message: "is pulled from Docker Hub; import it into a
    /// private registry such as Azure Container Registry (az acr import) and use that". Never contains a secret
    /// (image references hold none).
    /// </summary>
    public string Detail { get; }

    public override string ToString() => Kind + ": " + Detail;
}

/// <summary>
/// The image policy of the Dockerfile rules, for images that containers run: ACI container groups (Bicep, ARM,
/// the ACI SDK), Docker.DotNet and the engine. One place decides, so every surface reports the same thing the
/// same way. Uses <see cref="RegistryPolicy"/>, <see cref="TagPolicy"/>, <see cref="BaseImagePolicy"/> and
/// <see cref="EndOfLifePolicy"/>; unknown (private) images get only what can be known about them.
/// </summary>
public static class ImageAssessment
{
    /// <summary>Every issue of <paramref name="image"/> as the image a container runs, in a stable order.</summary>
    public static IReadOnlyList<ImageIssue> AssessRunImage(ImageReference image, RegistryPolicy policy, DateTimeOffset now)
    {
        var issues = new List<ImageIssue>();
        if (image.IsScratch)
        {
            return issues;
        }

        switch (policy.Classify(image))
        {
            case RegistryClass.DockerHub:
                issues.Add(new ImageIssue(ImageIssueKind.FromDockerHub, Concern.Registry,
                    $"is pulled from Docker Hub{(image.IsImplicitRegistry ? " (no registry written, so Docker Hub is implied)" : string.Empty)}; import it into a private registry such as Azure Container Registry (az acr import) and use that"));
                break;
            case RegistryClass.PublicRegistry:
                issues.Add(new ImageIssue(ImageIssueKind.FromPublicRegistry, Concern.Registry,
                    $"is pulled from the public registry {image.Registry}; consider mirroring it into a private registry such as Azure Container Registry and pulling from there"));
                break;
            case RegistryClass.NotApproved:
                issues.Add(new ImageIssue(ImageIssueKind.RegistryNotApproved, Concern.Registry,
                    $"comes from registry '{image.Registry}', which is not on the approved list ({Listed(policy.ApprovedRegistries)}); use an image from an approved registry"));
                break;
        }

        if (policy.HasApprovedBaseImages && !policy.IsBaseImageApproved(image))
        {
            issues.Add(new ImageIssue(ImageIssueKind.ImageNotApproved, Concern.Registry,
                $"is not on the approved image list ({Listed(policy.ApprovedBaseImages)}); use an approved image"));
        }

        if (TagPolicy.IsMovingTag(image))
        {
            issues.Add(new ImageIssue(ImageIssueKind.MovingTag, Concern.Pinning,
                image.Tag is null
                    ? "has no tag, so whatever 'latest' is at pull time runs; pin a version tag (and ideally a digest)"
                    : $"uses the moving tag '{image.Tag}', so what runs changes without a deployment; pin a version tag (and ideally a digest)"));
        }
        else if (!image.HasDigest)
        {
            issues.Add(new ImageIssue(ImageIssueKind.NotPinnedByDigest, Concern.Pinning,
                "is not pinned by digest; a tag can be moved to other content, a digest (@sha256:…) cannot"));
        }

        var info = BaseImagePolicy.Classify(image);
        if (info.Kind == BaseKind.Full)
        {
            issues.Add(new ImageIssue(ImageIssueKind.FullDistribution, Concern.MinimalBase,
                $"is a full {info.Distribution} distribution with a shell, a package manager and packages the application does not need; use a minimal image (alpine, distroless, chiseled, Wolfi)"));
        }

        var distribution = EndOfLifePolicy.FindDistribution(image);
        if (distribution != null && distribution.IsPastEndOfLife(now))
        {
            issues.Add(new ImageIssue(ImageIssueKind.DistributionEndOfLife, Concern.Eol,
                $"is on {distribution.DisplayName}{distribution.HowKnown}, which reached end of life on {distribution.EndText} ({distribution.Source}) and gets no more security fixes; move to a supported release"));
        }

        var runtime = EndOfLifePolicy.FindRuntime(image);
        if (runtime != null && runtime.IsPastEndOfLife(now))
        {
            issues.Add(new ImageIssue(ImageIssueKind.RuntimeEndOfLife, Concern.Eol,
                $"is a {runtime.DisplayName} image{runtime.HowKnown}, and {runtime.DisplayName} reached end of support on {runtime.EndText} ({runtime.Source}); move to a supported version"));
        }

        return issues;
    }

    private static string Listed(IReadOnlyList<string> entries)
    {
        const int shown = 3;
        string list = string.Join(", ", entries.Take(shown));
        return entries.Count > shown ? list + $" and {entries.Count - shown} more" : list;
    }
}
