using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Images;

/// <summary>A distribution or runtime release found in an image reference, with its end of support.</summary>
public sealed class LifecycleRelease
{
    internal LifecycleRelease(LifecycleEntry entry, string version, bool endsNoLaterThan, bool readFromName = false)
    {
        ReadFromName = readFromName;
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

    /// <summary>
    /// True when the image is not one ContainerGuard knows and the release was read from its name and tag
    /// (<c>circleci/node:14-buster</c>, <c>devcontainers/base:ubuntu-18.04</c>); messages say so.
    /// </summary>
    public bool ReadFromName { get; }

    /// <summary>" (read from the image's name and tag)" for a release read from an unknown image, else empty.</summary>
    public string HowKnown => ReadFromName ? " (read from the image's name and tag)" : string.Empty;

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
        if (known == null)
        {
            // An image outside the table: only a distribution its tag names outright counts (a Debian code name,
            // an Ubuntu LTS code name, ubuntu-18.04, debian11, alpine3.12, centos7), never a bare number.
            return image.IsScratch || image.Tag == null ? null : ReleaseNamedByTag(TagParts.Of(image), strict: true);
        }

        if (image.Tag == null && known.DistroProduct != "centos")
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
            return ReleaseNamedByTag(tag, strict: false);
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
        if (known == null && !image.IsScratch && image.Tag != null)
        {
            return RuntimeNamedByNameAndTag(image);
        }

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

    /// <summary>
    /// The distribution release a tag names: a Debian or Ubuntu code name (<c>-bookworm</c>, <c>-jammy</c>),
    /// <c>ubuntu-18.04</c> / <c>ubuntu18.04</c>, <c>debian-11</c> / <c>debian11</c>, <c>alpine3.17</c>, <c>mariner2.0</c>,
    /// <c>centos7</c>. <paramref name="strict"/> (an image outside the table): Ubuntu's interim code names are left
    /// out — several are words of other projects' tags (ROS kinetic, lunar and groovy; disco, cosmic) — and the
    /// release is marked as read from the name.
    /// </summary>
    private static LifecycleRelease? ReleaseNamedByTag(TagParts tag, bool strict)
    {
        int index = DistributionToken(tag, strict, out var release);
        return index < 0 ? null : release;
    }

    /// <summary>The index of the first tag token naming a distribution release (and the release), or -1.</summary>
    private static int DistributionToken(TagParts tag, bool strict, out LifecycleRelease? release)
    {
        var tokens = tag.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            string token = tokens[i];
            string? next = i + 1 < tokens.Length ? tokens[i + 1] : null;
            release = null;
            if (ImageKnowledge.DebianCodeNames.TryGetValue(token, out string? debian))
            {
                release = Lookup("debian", VersionKey.Parse(debian)!, token, readFromName: strict);
            }
            else if (ImageKnowledge.UbuntuCodeNames.TryGetValue(token, out string? ubuntu) && (!strict || IsUbuntuLts(ubuntu)))
            {
                release = Lookup("ubuntu", VersionKey.Parse(ubuntu)!, token, readFromName: strict);
            }
            else if (NamedVersion(token, next, "ubuntu", out var version) && version.Length == 2)
            {
                release = Lookup("ubuntu", version, readFromName: strict);
            }
            else if (NamedVersion(token, next, "debian", out version))
            {
                release = Lookup("debian", version, readFromName: strict);
            }
            else if (NamedVersion(token, next, "alpine", out version) && version.Length >= 2)
            {
                release = Lookup("alpine", version, readFromName: strict);
            }
            else if (NamedVersion(token, next, "mariner", out version))
            {
                release = Lookup("cbl-mariner", version, readFromName: strict);
            }
            else if (NamedVersion(token, next, "centos", out version))
            {
                release = Lookup("centos", version, readFromName: strict);
            }
            else
            {
                continue;
            }

            // The token names a distribution, known to the table or not: the first one decides.
            return i;
        }

        release = null;
        return -1;
    }

    /// <summary><c>ubuntu18.04</c> (one token) or <c>ubuntu</c> followed by <c>18.04</c> (two).</summary>
    private static bool NamedVersion(string token, string? next, string name, out VersionKey version)
    {
        VersionKey? parsed = null;
        if (token == name && next != null)
        {
            parsed = VersionKey.Parse(next);
        }
        else if (token.Length > name.Length && token.StartsWith(name, StringComparison.Ordinal))
        {
            parsed = VersionKey.Parse(token.Substring(name.Length));
        }

        version = parsed!;
        return parsed != null;
    }

    private static bool IsUbuntuLts(string version) => version.EndsWith(".04", StringComparison.Ordinal) && (version[0] - '0') % 2 == 0;

    /// <summary>
    /// The runtime of an image outside the table, read the way language images are tagged: the image is named
    /// after the runtime (<c>node</c>, <c>typescript-node</c>, <c>circleci/python</c>, <c>devcontainers/ruby</c>) and
    /// its tag puts the runtime version right before a distribution (<c>18-bullseye</c>, <c>1-3.11-bookworm</c>,
    /// <c>14-buster</c>). Only a release the table lists counts: a bare number is not evidence of a runtime version
    /// (<c>devcontainers/base:1-bookworm</c>'s 1 is the image's own version).
    /// </summary>
    private static LifecycleRelease? RuntimeNamedByNameAndTag(ImageReference image)
    {
        string repository = image.Repository;
        string name = repository.Substring(repository.LastIndexOf('/') + 1);
        string? product = null;
        foreach (var (word, key) in RuntimeNames)
        {
            if (name == word || (name.Length > word.Length + 1 && name.EndsWith(word, StringComparison.Ordinal) && name[name.Length - word.Length - 1] == '-'))
            {
                product = key;
                break;
            }
        }

        var tag = TagParts.Of(image);
        int distribution = product == null ? -1 : DistributionToken(tag, strict: true, out _);
        if (distribution <= 0)
        {
            return null;
        }

        var version = VersionKey.Parse(tag.Tokens[distribution - 1]);
        return version == null ? null : Lookup(product!, version, exactOnly: true, readFromName: true);
    }

    private static readonly (string Word, string Product)[] RuntimeNames =
    {
        ("node", "node"), ("nodejs", "node"), ("python", "python"), ("ruby", "ruby"), ("php", "php"),
        ("golang", "golang"), ("go", "golang"), ("dotnet", "dotnet"),
    };

    /// <summary>
    /// The entry for <paramref name="version"/> (compared at the table's precision: "10.13" is Debian 10), or,
    /// for a version older than every entry, the oldest entry as an upper bound. Null when newer or unlisted.
    /// </summary>
    // The lifecycle table by product, so that a look-up reads one product's releases, not the whole table.
    private static readonly Dictionary<string, LifecycleEntry[]> LifecycleByProduct = ImageKnowledge.Lifecycle
        .GroupBy(entry => entry.Product, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    private static LifecycleRelease? Lookup(string product, VersionKey version, string? codeName = null, bool exactOnly = false, bool readFromName = false)
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

        if (oldest == null)
        {
            return null;
        }

        if (version.Length < precision)
        {
            return exactOnly ? null : MajorLine(releases, oldest, version[0], readFromName);
        }

        var key = version.Truncate(precision);
        codeName ??= CodeNameOf(product, key);
        string suffix = codeName != null ? " (" + codeName + ")" : string.Empty;
        string display = (product == "ubuntu" && key.Length == 2 ? key[0] + "." + key[1].ToString("00", System.Globalization.CultureInfo.InvariantCulture) : key.ToString()) + suffix;
        foreach (var entry in releases)
        {
            if (entry.Key.SameAs(key))
            {
                return new LifecycleRelease(entry, display, endsNoLaterThan: false, readFromName);
            }
        }

        return key.CompareTo(oldest.Key) < 0 && !exactOnly ? new LifecycleRelease(oldest, display, endsNoLaterThan: true, readFromName) : null;
    }

    /// <summary>
    /// A major-only tag (<c>ruby:2</c>, <c>php:7-apache</c>, <c>python:2</c>) names a whole release line, which is over
    /// when a later major outlived every release of it: then its end is the end of its last release. A line with a
    /// release still supported, or whose successor the table does not show (<c>python:3</c>, <c>alpine:3</c>,
    /// <c>opensuse/leap:15</c>, whose 42.x predecessors ended earlier), is not judged.
    /// </summary>
    private static LifecycleRelease? MajorLine(LifecycleEntry[] releases, LifecycleEntry oldest, int major, bool readFromName)
    {
        string display = major.ToString(System.Globalization.CultureInfo.InvariantCulture);
        LifecycleEntry? last = null;
        foreach (var entry in releases)
        {
            if (entry.Key[0] == major && (last == null || entry.LastDay > last.LastDay))
            {
                last = entry;
            }
        }

        if (last == null)
        {
            return major < oldest.Key[0] ? new LifecycleRelease(oldest, display, endsNoLaterThan: true, readFromName) : null;
        }

        foreach (var entry in releases)
        {
            if (entry.Key[0] > major && entry.LastDay > last.LastDay)
            {
                return new LifecycleRelease(last, display, endsNoLaterThan: false, readFromName);
            }
        }

        return null;
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
