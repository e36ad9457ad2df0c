using System;
using System.Globalization;
using ContainerGuard.Images;

namespace ContainerGuard.Project;

/// <summary>The base image <c>dotnet publish /t:PublishContainer</c> will build on, and how we know.</summary>
public sealed class SdkBaseImage
{
    internal SdkBaseImage(string? image, ImageReference? reference, bool isSdkDefault, Version? dotnetVersion, string? unknownReason)
    {
        Image = image;
        Reference = reference;
        IsSdkDefault = isSdkDefault;
        DotnetVersion = dotnetVersion;
        UnknownReason = unknownReason;
    }

    /// <summary>The image as a reference string (<c>mcr.microsoft.com/dotnet/aspnet:8.0-alpine</c>); null when it cannot be known.</summary>
    public string? Image { get; }

    /// <summary>The parsed image; null when it cannot be known or is not a valid reference (rules then stay silent).</summary>
    public ImageReference? Reference { get; }

    /// <summary>True when ContainerBaseImage is not set and the SDK picks the image from the project.</summary>
    public bool IsSdkDefault { get; }

    /// <summary>The .NET version of the target framework (8.0 for net8.0), when it is a .NET (Core) one.</summary>
    public Version? DotnetVersion { get; }

    /// <summary>Why <see cref="Image"/> is null (for diagnostics and tests).</summary>
    public string? UnknownReason { get; }
}

/// <summary>
/// Works out the base image the .NET SDK uses, the way its container targets do (read from dotnet/sdk's
/// <c>Microsoft.NET.Build.Containers.targets</c> and the <c>ComputeDotnetBaseImageAndTag</c> task; written
/// here from that behaviour, not copied):
/// <list type="bullet">
/// <item>ContainerBaseImage set: that image, as written.</item>
/// <item>Otherwise <c>mcr.microsoft.com/dotnet/</c> + <c>runtime-deps</c> for self-contained apps (SelfContained,
/// PublishSelfContained; PublishAot and PublishTrimmed imply it), <c>aspnet</c> for ASP.NET Core, else <c>runtime</c>.</item>
/// <item>Tag: the target framework's major.minor (net8.0 → 8.0). With ContainerFamily, <c>-{family}</c> is appended,
/// and for .NET 8+ a <c>*-chiseled</c> family gets <c>-extra</c> unless InvariantGlobalization (the app needs ICU).
/// Without ContainerFamily: a <c>linux-musl-*</c> runtime identifier gives <c>-alpine</c>; for .NET 8+ an AOT or
/// trimmed app gets <c>-noble-chiseled</c> (SDK 8.0.300 and later; earlier SDKs used jammy), plus <c>-extra</c>
/// unless InvariantGlobalization.</item>
/// </list>
/// Preview SDK tag schemes (<c>9.0-preview</c>) are not modelled: we assume a released SDK.
/// </summary>
public static class SdkBaseImageResolver
{
    public const string MicrosoftRegistry = "mcr.microsoft.com";

    private const int FirstVersionWithExtraAndChiseledDefaults = 8;

    public static SdkBaseImage Resolve(ProjectContainerProperties properties)
    {
        var version = ParseTargetFramework(properties.TargetFramework);
        string? userImage = properties.ContainerBaseImage;
        if (!string.IsNullOrWhiteSpace(userImage))
        {
            userImage = userImage!.Trim();
            if (ProjectContainerProperties.IsUnresolved(userImage))
            {
                return new SdkBaseImage(null, null, false, version, "ContainerBaseImage holds an unresolved MSBuild expression.");
            }

            return ImageReference.TryParse(userImage, out var reference)
                ? new SdkBaseImage(userImage, reference, false, version, null)
                : new SdkBaseImage(userImage, null, false, version, "ContainerBaseImage is not a valid image reference.");
        }

        if (version is null)
        {
            return new SdkBaseImage(null, null, true, null, "The target framework is unknown or not .NET (Core).");
        }

        if (ProjectContainerProperties.IsUnresolved(properties.ContainerFamily) || ProjectContainerProperties.IsUnresolved(ContainerRuntimeIdentifiers(properties)))
        {
            return new SdkBaseImage(null, null, true, version, "ContainerFamily or the runtime identifier holds an unresolved MSBuild expression.");
        }

        // Native AOT and trimming both produce self-contained apps (a framework-dependent app cannot be trimmed).
        bool selfContained = properties.SelfContained || properties.PublishSelfContained || properties.PublishAot || properties.PublishTrimmed;
        string repository = selfContained ? "dotnet/runtime-deps" : properties.IsAspNetCore ? "dotnet/aspnet" : "dotnet/runtime";
        string tag = version.Major.ToString(CultureInfo.InvariantCulture) + "." + version.Minor.ToString(CultureInfo.InvariantCulture);
        bool musl = IsMusl(properties);
        bool modern = version.Major >= FirstVersionWithExtraAndChiseledDefaults;
        string? family = properties.ContainerFamily?.Trim();

        if (!string.IsNullOrEmpty(family))
        {
            tag += "-" + family;
            if (modern && !musl && family!.EndsWith("-chiseled", StringComparison.Ordinal) && !properties.InvariantGlobalization)
            {
                tag += "-extra";
            }
        }
        else if (!modern)
        {
            tag += musl ? "-alpine" : string.Empty;
        }
        else
        {
            bool aotOrTrimmed = properties.PublishAot || properties.PublishTrimmed;
            tag += musl ? "-alpine" : aotOrTrimmed ? "-noble-chiseled" : string.Empty;
            if (aotOrTrimmed && !properties.InvariantGlobalization)
            {
                tag += "-extra";
            }
        }

        string image = MicrosoftRegistry + "/" + repository + ":" + tag;
        return ImageReference.TryParse(image, out var resolved)
            ? new SdkBaseImage(image, resolved, true, version, null)
            : new SdkBaseImage(image, null, true, version, "ContainerFamily does not make a valid image tag.");
    }

    /// <summary>The container runs Windows (a <c>win-*</c> container runtime identifier): the SDK picks a Nano Server image.</summary>
    public static bool IsWindows(ProjectContainerProperties properties)
    {
        string? rids = ContainerRuntimeIdentifiers(properties);
        return rids is not null && rids.Split(';')[0].Trim().StartsWith("win", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// .NET version of a target framework moniker: <c>net8.0</c>, <c>net10.0-windows</c>, <c>netcoreapp3.1</c>.
    /// Null for .NET Framework (<c>net48</c>), .NET Standard and anything unrecognised.
    /// </summary>
    public static Version? ParseTargetFramework(string? targetFramework)
    {
        if (string.IsNullOrWhiteSpace(targetFramework) || ProjectContainerProperties.IsUnresolved(targetFramework))
        {
            return null;
        }

        string tfm = targetFramework!.Trim().ToLowerInvariant();
        int dash = tfm.IndexOf('-');
        if (dash >= 0)
        {
            tfm = tfm.Substring(0, dash);
        }

        string digits;
        if (tfm.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            digits = tfm.Substring("netcoreapp".Length);
        }
        else if (tfm.StartsWith("net", StringComparison.Ordinal) && tfm.IndexOf('.') > 0)
        {
            // net5.0 and later always have a dot; net48 / net472 are .NET Framework.
            digits = tfm.Substring(3);
        }
        else
        {
            return null;
        }

        int dot = digits.IndexOf('.');
        if (dot <= 0
            || !int.TryParse(digits.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out int major)
            || !int.TryParse(digits.Substring(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int minor)
            || major > 100)
        {
            return null;
        }

        return new Version(major, minor);
    }

    private static string? ContainerRuntimeIdentifiers(ProjectContainerProperties properties)
        => properties.ContainerRuntimeIdentifiers ?? properties.ContainerRuntimeIdentifier ?? properties.RuntimeIdentifier;

    private static bool IsMusl(ProjectContainerProperties properties)
    {
        string? rids = ContainerRuntimeIdentifiers(properties);
        if (rids is null)
        {
            return false;
        }

        // The SDK requires all container RIDs to be musl or none; we read the first.
        return rids.Split(';')[0].Trim().StartsWith("linux-musl", StringComparison.OrdinalIgnoreCase);
    }
}
