using System;

namespace ContainerGuard.Images;

/// <summary>What we know of an image as a base: minimal or full distribution, and which one.</summary>
public sealed class BaseImageInfo
{
    internal BaseImageInfo(BaseKind kind, string? distribution)
    {
        Kind = kind;
        Distribution = distribution;
    }

    public static readonly BaseImageInfo Unknown = new(BaseKind.Unknown, null);

    /// <summary><see cref="BaseKind.Unknown"/>, <see cref="BaseKind.Minimal"/> or <see cref="BaseKind.Full"/> (never Language).</summary>
    public BaseKind Kind { get; }

    /// <summary>The distribution for messages: "Debian", "Ubuntu", "Alpine Linux", "Windows Server Core"; null when unknown.</summary>
    public string? Distribution { get; }

    public override string ToString() => Kind + (Distribution != null ? " (" + Distribution + ")" : string.Empty);
}

/// <summary>
/// Minimal-base and default-user knowledge (recommendations 5, 8 and 10 of the practice).
/// <para>
/// Minimal: alpine, distroless (<c>gcr.io/distroless/*</c>, <c>*-distroless</c> tags, Azure Linux distroless),
/// chiseled (<c>*-chiseled</c>), Wolfi/Chainguard (<c>cgr.dev</c>), BusyBox, scratch, Windows Nano Server,
/// UBI micro/minimal. Full: Ubuntu, Debian — <c>-slim</c> included: it still ships a shell and apt, it is a
/// slimmed full distribution, not a minimal one — CentOS, Fedora, Rocky, Alma, Oracle, Amazon Linux,
/// openSUSE, Arch, Azure Linux core, Windows Server Core. Official language images (<c>python</c>,
/// <c>node</c>, <c>golang</c>, <c>mcr.microsoft.com/dotnet/*</c>…) are full (Debian/Ubuntu) unless their tag
/// names a minimal variant. An image we do not know is Unknown, and the rules stay silent on it.
/// </para>
/// </summary>
public static class BaseImagePolicy
{
    public static BaseImageInfo Classify(ImageReference image)
    {
        if (image.IsScratch)
        {
            return new BaseImageInfo(BaseKind.Minimal, "scratch");
        }

        var tag = TagParts.Of(image);
        string? minimalVariant = MinimalVariant(tag);
        if (minimalVariant != null)
        {
            return new BaseImageInfo(BaseKind.Minimal, minimalVariant);
        }

        var known = ImageCatalog.Find(image);
        if (known == null)
        {
            return BaseImageInfo.Unknown;
        }

        if (known.MinimalTags && (tag.Has("minimal") || tag.Has("micro")))
        {
            return new BaseImageInfo(BaseKind.Minimal, known.Distribution + (tag.Has("micro") ? " micro" : " minimal"));
        }

        switch (known.Kind)
        {
            case BaseKind.Minimal:
                return new BaseImageInfo(BaseKind.Minimal, known.Distribution);
            case BaseKind.Full:
                return new BaseImageInfo(BaseKind.Full, known.Distribution);
            case BaseKind.Language:
                return new BaseImageInfo(BaseKind.Full, DistributionFromTag(tag) ?? DefaultDistribution(known, tag));
            default:
                return BaseImageInfo.Unknown;
        }
    }

    /// <summary>
    /// True when the image is known to run as a non-root user unless a Dockerfile says otherwise:
    /// .NET chiseled and distroless images (user <c>app</c>), tags with <c>nonroot</c> or <c>rootless</c>
    /// (<c>gcr.io/distroless/static:nonroot</c>, <c>:debug-nonroot</c>), Chainguard images except wolfi-base,
    /// Bitnami (uid 1001), <c>nginxinc/nginx-unprivileged</c>, Red Hat UBI language images (uid 1001),
    /// Windows Nano Server (<c>ContainerUser</c>), and a few server images with their own user (Jenkins,
    /// Grafana, Prometheus, Elastic, SQL Server 2019+). Everything else, scratch included (no user database:
    /// the process runs as uid 0), runs as root.
    /// </summary>
    public static bool RunsAsNonRootByDefault(ImageReference image)
    {
        if (image.IsScratch)
        {
            return false;
        }

        var tag = TagParts.Of(image);
        if (tag.Has("nonroot") || tag.Has("rootless") || tag.StartingWith("nanoserver") != null)
        {
            return true;
        }

        var known = ImageCatalog.Find(image);
        if (known == null)
        {
            return false;
        }

        if (known.RuntimeProduct == "dotnet" && (tag.Has("chiseled") || tag.Has("distroless")))
        {
            return true;
        }

        if (known.NonRoot)
        {
            // SQL Server 2017 images still ran as root; 2019 and later run as mssql.
            return !(known.Path == "mssql/server" && tag.Tag != null && tag.Tag.StartsWith("2017", StringComparison.Ordinal));
        }

        return false;
    }

    /// <summary>The minimal variant a tag names, whatever the image: alpine, distroless, chiseled, Nano Server.</summary>
    private static string? MinimalVariant(TagParts tag)
    {
        if (tag.StartingWith("alpine") != null)
        {
            return "Alpine Linux";
        }

        if (tag.Has("distroless"))
        {
            return "distroless";
        }

        if (tag.Has("chiseled"))
        {
            return "Ubuntu chiseled";
        }

        if (tag.StartingWith("nanoserver") != null)
        {
            return "Windows Nano Server";
        }

        if (tag.StartingWith("ubi") != null && (tag.Has("minimal") || tag.Has("micro")))
        {
            return "UBI minimal";
        }

        return null;
    }

    /// <summary>
    /// The distribution of a language image whose tag names none. .NET's images (<c>mcr.microsoft.com/dotnet/*</c>
    /// and their mirrors) moved that default from Debian 12 to Ubuntu 24.04 with .NET 10: <c>aspnet:8.0</c> is
    /// Debian, <c>aspnet:10.0</c> and <c>aspnet:latest</c> are Ubuntu.
    /// </summary>
    internal static string? DefaultDistribution(KnownImage known, TagParts tag)
    {
        if (known.RuntimeProduct != "dotnet" || !known.Path.StartsWith("dotnet/", StringComparison.Ordinal))
        {
            return known.Distribution;
        }

        var version = tag.LeadingVersion;
        if (version == null)
        {
            return tag.Tag is null || tag.Tag == "latest" ? "Ubuntu" : known.Distribution;
        }

        return version[0] >= 10 ? "Ubuntu" : known.Distribution;
    }

    /// <summary>The full distribution a language image's tag names (<c>-bookworm</c>, <c>-slim</c>, <c>-jammy</c>, <c>-windowsservercore-…</c>).</summary>
    internal static string? DistributionFromTag(TagParts tag)
    {
        foreach (string token in tag.Tokens)
        {
            if (ImageKnowledge.DebianCodeNames.ContainsKey(token) || token == "slim")
            {
                return "Debian";
            }

            if (ImageKnowledge.UbuntuCodeNames.ContainsKey(token) || token == "ubuntu")
            {
                return "Ubuntu";
            }

            if (token.StartsWith("windowsservercore", StringComparison.Ordinal) || token == "servercore")
            {
                return "Windows Server Core";
            }

            if (token.StartsWith("azurelinux", StringComparison.Ordinal))
            {
                return "Azure Linux";
            }

            if (token.StartsWith("mariner", StringComparison.Ordinal) || token == "cbl")
            {
                return "CBL-Mariner";
            }

            if (token.StartsWith("ubi", StringComparison.Ordinal))
            {
                return "Red Hat UBI";
            }

            if (token.StartsWith("centos", StringComparison.Ordinal))
            {
                return "CentOS";
            }
        }

        return null;
    }
}

/// <summary>Tags that move (recommendation 5: pin images).</summary>
public static class TagPolicy
{
    /// <summary>
    /// True when the image has no digest and its tag is absent (Docker pulls <c>latest</c>) or names a
    /// channel (<see cref="ImageKnowledge.MovingTags"/>, also as the first part: <c>lts-alpine</c>).
    /// A digest pins the content whatever the tag says. Scratch never moves.
    /// </summary>
    public static bool IsMovingTag(ImageReference image)
    {
        if (image.IsScratch || image.HasDigest)
        {
            return false;
        }

        if (image.Tag == null)
        {
            return true;
        }

        string first = TagParts.Of(image).Tokens[0];
        foreach (string moving in ImageKnowledge.MovingTags)
        {
            if (first == moving)
            {
                return true;
            }
        }

        return false;
    }
}
