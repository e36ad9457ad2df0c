using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Images;

/// <summary>A distribution or runtime release found in an image reference, with its end of support.</summary>
public sealed class LifecycleRelease
{
    internal LifecycleRelease(LifecycleEntry entry, string version, bool endsNoLaterThan)
    {
        Product = entry.Product;
        ProductName = entry.ProductName;
        Version = version;
        LastSupportedDay = entry.LastDay;
        Source = entry.Source;
        EndsNoLaterThan = endsNoLaterThan;
    }

    /// <summary>Lifecycle key: <c>debian</c>, <c>ubuntu</c>, <c>alpine</c>, <c>dotnet</c>, <c>node</c>, <c>python</c>…</summary>
    public string Product { get; }

    /// <summary>For messages: "Debian", ".NET", "Node.js".</summary>
    public string ProductName { get; }

    /// <summary>The release as read from the tag: "10", "3.18", "8.0".</summary>
    public string Version { get; }

    /// <summary>The last day the release got security fixes.</summary>
    public DateTime LastSupportedDay { get; }

    /// <summary>The published lifecycle page the date comes from.</summary>
    public string Source { get; }

    /// <summary>True when the release is older than every listed one and <see cref="LastSupportedDay"/> is an upper bound.</summary>
    public bool EndsNoLaterThan { get; }

    /// <summary>Past end of life on <paramref name="now"/>'s UTC date (the day after the last supported day).</summary>
    public bool IsPastEndOfLife(DateTimeOffset now) => now.UtcDateTime.Date > LastSupportedDay;

    /// <summary>"Debian 10 (buster)" style: product and version.</summary>
    public string DisplayName => ProductName + " " + Version;

    /// <summary>"2024-06-30" or "2024-06-30 or earlier".</summary>
    public string EndText => LastSupportedDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (EndsNoLaterThan ? " or earlier" : string.Empty);
}

/// <summary>
/// Reads the distribution release and the runtime release an image reference names, and looks them up in
/// <see cref="ImageKnowledge"/>'s lifecycle table. Always decided against the caller's clock
/// (<see cref="LintOptions.GetNow"/>), never the machine's.
/// </summary>
public static class EndOfLifePolicy
{
    /// <summary>
    /// The distribution release: the image itself (<c>debian:10</c>, <c>ubuntu:focal</c>, <c>alpine:3.18</c>,
    /// <c>centos:7</c>, <c>amazonlinux:2</c>) or the one a known image's tag names (<c>python:3.12-buster</c>,
    /// <c>node:18-alpine3.17</c>, <c>mcr.microsoft.com/dotnet/aspnet:8.0-cbl-mariner2.0</c>). Null when unknown.
    /// </summary>
    public static LifecycleRelease? FindDistribution(ImageReference image)
        // The answer depends only on the (immutable) reference, not on the clock: computed once per reference.
        => Memo.Get(ref image.DistributionReleaseCache, image, i => ImageFactsCache.GetOrAdd(ImageFactsCache.DistributionReleases, i, FindDistributionUncached));

    private static LifecycleRelease? FindDistributionUncached(ImageReference image)
    {
        var known = ImageCatalog.Find(image);
        if (known == null || (image.Tag == null && known.DistroProduct != "centos"))
        {
            return null;
        }

        var tag = TagParts.Of(image);
        if (known.DistroProduct != null)
        {
            return DistributionImageRelease(known.DistroProduct, image, tag);
        }

        if (known.Kind == BaseKind.Language || known.RuntimeProduct != null)
        {
            return ReleaseNamedByTag(tag);
        }

        return null;
    }

    /// <summary>
    /// The runtime release a known runtime image's tag starts with: .NET (<c>mcr.microsoft.com/dotnet/*:6.0</c>,
    /// <c>microsoft/dotnet:2.1-sdk</c>), Node.js (<c>node:18</c>, <c>node:hydrogen</c>), Python (<c>python:3.8</c>),
    /// Go (<c>golang:1.21</c>), PHP (<c>php:7.4-fpm</c>), Ruby (<c>ruby:2.7</c>). Null when unknown.
    /// </summary>
    public static LifecycleRelease? FindRuntime(ImageReference image)
        => Memo.Get(ref image.RuntimeReleaseCache, image, i => ImageFactsCache.GetOrAdd(ImageFactsCache.RuntimeReleases, i, FindRuntimeUncached));

    private static LifecycleRelease? FindRuntimeUncached(ImageReference image)
    {
        var known = ImageCatalog.Find(image);
        if (known?.RuntimeProduct == null || image.Tag == null)
        {
            return null;
        }

        var tag = TagParts.Of(image);
        VersionKey? version = tag.LeadingVersion;
        if (known.RuntimeProduct == "node" && version == null && ImageKnowledge.NodeCodeNames.TryGetValue(tag.Tokens[0], out string? major))
        {
            version = VersionKey.Parse(major);
        }

        return version == null ? null : Lookup(known.RuntimeProduct, version);
    }

    /// <summary>Both releases that are past end of life on <paramref name="now"/>.</summary>
    public static IReadOnlyList<LifecycleRelease> FindPastEndOfLife(ImageReference image, DateTimeOffset now)
    {
        var result = new List<LifecycleRelease>();
        var distro = FindDistribution(image);
        if (distro != null && distro.IsPastEndOfLife(now))
        {
            result.Add(distro);
        }

        var runtime = FindRuntime(image);
        if (runtime != null && runtime.IsPastEndOfLife(now))
        {
            result.Add(runtime);
        }

        return result;
    }

    private static LifecycleRelease? DistributionImageRelease(string product, ImageReference image, TagParts tag)
    {
        string first = tag.Tokens.Length > 0 ? tag.Tokens[0] : string.Empty;
        VersionKey? version = tag.LeadingVersion;
        switch (product)
        {
            case "debian":
                if (ImageKnowledge.DebianCodeNames.TryGetValue(first, out string? debian))
                {
                    version = VersionKey.Parse(debian);
                }

                break;
            case "ubuntu":
                if (ImageKnowledge.UbuntuCodeNames.TryGetValue(first, out string? ubuntu))
                {
                    version = VersionKey.Parse(ubuntu);
                }

                break;
            case "centos":
                if (image.Tag == null || first == "latest")
                {
                    // Docker Hub's centos:latest was CentOS Linux 8 when the image was deprecated; it was never moved again.
                    version = VersionKey.Parse("8");
                }
                else if (first.StartsWith("centos", StringComparison.Ordinal))
                {
                    version = VersionKey.ParseLeading(first.Substring("centos".Length));
                }

                break;
            case "centos-stream":
                version = first.StartsWith("stream", StringComparison.Ordinal) ? VersionKey.ParseLeading(first.Substring("stream".Length)) : null;
                break;
            case "amazonlinux":
                // amazonlinux:2018.03 is Amazon Linux 1 (the AMI's last release); 2.0.2023… is Amazon Linux 2.
                if (version != null && version[0] == 2018)
                {
                    version = VersionKey.Parse("1");
                }

                break;
        }

        return version == null ? null : Lookup(product, version);
    }

    /// <summary>The distribution release a language image's tag names: a Debian or Ubuntu code name, alpineX.Y, mariner2.0.</summary>
    private static LifecycleRelease? ReleaseNamedByTag(TagParts tag)
    {
        foreach (string token in tag.Tokens)
        {
            if (ImageKnowledge.DebianCodeNames.TryGetValue(token, out string? debian))
            {
                return Lookup("debian", VersionKey.Parse(debian)!, token);
            }

            if (ImageKnowledge.UbuntuCodeNames.TryGetValue(token, out string? ubuntu))
            {
                return Lookup("ubuntu", VersionKey.Parse(ubuntu)!, token);
            }

            if (token.StartsWith("alpine", StringComparison.Ordinal) && token.Length > "alpine".Length)
            {
                var version = VersionKey.Parse(token.Substring("alpine".Length));
                return version == null || version.Length < 2 ? null : Lookup("alpine", version);
            }

            if (token.StartsWith("mariner", StringComparison.Ordinal) && token.Length > "mariner".Length)
            {
                var version = VersionKey.Parse(token.Substring("mariner".Length));
                return version == null ? null : Lookup("cbl-mariner", version);
            }

            if (token.StartsWith("centos", StringComparison.Ordinal) && token.Length > "centos".Length)
            {
                var version = VersionKey.Parse(token.Substring("centos".Length));
                return version == null ? null : Lookup("centos", version);
            }
        }

        return null;
    }

    /// <summary>
    /// The entry for <paramref name="version"/> (compared at the table's precision: "10.13" is Debian 10), or,
    /// for a version older than every entry, the oldest entry as an upper bound. Null when newer or unlisted.
    /// </summary>
    // The lifecycle table by product, so that a look-up reads one product's releases, not the whole table.
    private static readonly Dictionary<string, LifecycleEntry[]> LifecycleByProduct = ImageKnowledge.Lifecycle
        .GroupBy(entry => entry.Product, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    private static LifecycleRelease? Lookup(string product, VersionKey version, string? codeName = null)
    {
        if (!LifecycleByProduct.TryGetValue(product, out var releases))
        {
            return null;
        }

        LifecycleEntry? oldest = null;
        int precision = 0;
        foreach (var entry in releases)
        {
            precision = entry.Key.Length;
            if (oldest == null || entry.Key.CompareTo(oldest.Key) < 0)
            {
                oldest = entry;
            }
        }

        if (oldest == null || version.Length < precision)
        {
            return null;
        }

        var key = version.Truncate(precision);
        codeName ??= CodeNameOf(product, key);
        string suffix = codeName != null ? " (" + codeName + ")" : string.Empty;
        string display = (product == "ubuntu" && key.Length == 2 ? key[0] + "." + key[1].ToString("00", System.Globalization.CultureInfo.InvariantCulture) : key.ToString()) + suffix;
        foreach (var entry in releases)
        {
            if (entry.Key.SameAs(key))
            {
                return new LifecycleRelease(entry, display, endsNoLaterThan: false);
            }
        }

        return key.CompareTo(oldest.Key) < 0 ? new LifecycleRelease(oldest, display, endsNoLaterThan: true) : null;
    }

    private static string? CodeNameOf(string product, VersionKey version)
    {
        var names = product == "debian" ? ImageKnowledge.DebianCodeNames : product == "ubuntu" ? ImageKnowledge.UbuntuCodeNames : null;
        if (names != null)
        {
            foreach (var pair in names)
            {
                if (VersionKey.Parse(pair.Value)!.SameAs(version))
                {
                    return pair.Key;
                }
            }
        }

        return null;
    }
}
