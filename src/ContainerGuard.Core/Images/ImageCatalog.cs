using System;
using System.Collections.Generic;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Images;

/// <summary>Finds an image in <see cref="ImageKnowledge"/>'s table of well-known images, and reads its tag.</summary>
internal static class ImageCatalog
{
    /// <summary>
    /// The known image this reference names: exactly on Docker Hub and the public registries; on any other
    /// (private) registry, a mirror whose path ends with the known path (<c>myacr.azurecr.io/library/node</c>,
    /// <c>myacr.azurecr.io/node</c>, <c>myacr.azurecr.io/mirror/dotnet/aspnet</c>). Null when unknown.
    /// </summary>
    public static KnownImage? Find(ImageReference image)
        // Several rules ask about the same FROM; the answer depends only on the (immutable) reference.
        => Memo.Get(ref image.KnownImageCache, image, i => ImageFactsCache.GetOrAdd(ImageFactsCache.KnownImages, i, FindUncached));

    private static KnownImage? FindUncached(ImageReference image)
    {
        if (image.IsScratch)
        {
            return null;
        }

        string[] path = NormalizedPath(image).Split('/');
        if (image.IsDockerHub || RegistryPolicy.IsPublicRegistryHost(image.RegistryHost))
        {
            // Public mirrors of Docker Hub's official images (public.ecr.aws/docker/library/node) are those images.
            string registry = image.Registry;
            if (DockerHubMirrorPrefix(image) is { } prefix)
            {
                registry = ImageReference.DockerHub;
                path = ("library/" + image.Repository.Substring(prefix.Length)).Split('/');
            }

            foreach (var known in ImageKnowledge.KnownImages)
            {
                if (known.Registry == registry && PathMatches(known.PathSegments, path, 0))
                {
                    return known;
                }
            }

            return null;
        }

        foreach (var known in ImageKnowledge.KnownImages)
        {
            if (MirrorMatches(known, path))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>The path prefix under which a public registry mirrors Docker Hub's official images, or null.</summary>
    private static string? DockerHubMirrorPrefix(ImageReference image)
    {
        foreach (var (host, prefix) in DockerHubMirrors)
        {
            if (string.Equals(image.RegistryHost, host, StringComparison.OrdinalIgnoreCase)
                && image.Repository.StartsWith(prefix, StringComparison.Ordinal) && image.Repository.IndexOf('/', prefix.Length) < 0)
            {
                return prefix;
            }
        }

        return null;
    }

    // Amazon ECR Public Gallery's and Google's mirrors of the Docker Official Images.
    private static readonly (string Host, string Prefix)[] DockerHubMirrors =
    {
        ("public.ecr.aws", "docker/library/"),
        ("mirror.gcr.io", "library/"),
    };

    /// <summary>The repository path with Docker Hub's per-architecture namespaces (<c>arm64v8/alpine</c>) read as <c>library/</c>.</summary>
    public static string NormalizedPath(ImageReference image)
    {
        string repo = image.Repository;
        if (image.IsDockerHub)
        {
            int slash = repo.IndexOf('/');
            if (slash > 0 && repo.IndexOf('/', slash + 1) < 0 && Contains(ImageKnowledge.ArchitectureNamespaces, repo.Substring(0, slash)))
            {
                return "library/" + repo.Substring(slash + 1);
            }
        }

        return repo;
    }

    private static bool MirrorMatches(KnownImage known, string[] path)
    {
        string[] pattern = known.PathSegments;
        if (TailMatches(pattern, path))
        {
            return true;
        }

        // Official images are mirrored under their bare name too: myacr.azurecr.io/node.
        return known.Registry == ImageReference.DockerHub && pattern.Length == 2 && pattern[0] == "library"
            && TailMatches(known.LastSegment, path);
    }

    private static bool TailMatches(string[] pattern, string[] path)
    {
        bool below = pattern[pattern.Length - 1] == "*";
        if (!below)
        {
            int start = path.Length - pattern.Length;
            return start >= 0 && PathMatches(pattern, path, start);
        }

        // ".../distroless/*" anywhere in the path, with something below it; a bare "*" never matches a mirror.
        int prefix = pattern.Length - 1;
        if (prefix == 0)
        {
            return false;
        }

        for (int start = 0; start + prefix < path.Length; start++)
        {
            if (PathMatches(pattern, path, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches pattern components against path components from <paramref name="start"/>; a final "*" takes one or more components.</summary>
    private static bool PathMatches(string[] pattern, string[] path, int start)
    {
        int count = path.Length - start;
        bool below = pattern[pattern.Length - 1] == "*";
        if (below ? count < pattern.Length : count != pattern.Length)
        {
            return false;
        }

        int fixedCount = below ? pattern.Length - 1 : pattern.Length;
        for (int i = 0; i < fixedCount; i++)
        {
            if (!Glob.IsMatch(pattern[i], path[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (string item in list)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A tag split into its dash-separated parts: <c>8.0-jammy-chiseled</c> → 8.0, jammy, chiseled.</summary>
internal sealed class TagParts
{
    private TagParts(string? tag)
    {
        Tag = tag?.ToLowerInvariant();
        Tokens = Tag == null ? Array.Empty<string>() : Tag.Split('-');
        LeadingVersion = Tag == null ? null : VersionKey.ParseLeading(Tag);
    }

    public string? Tag { get; }

    public string[] Tokens { get; }

    /// <summary>The version the tag starts with (<c>3.12</c> of <c>3.12.1-slim</c>), or null.</summary>
    public VersionKey? LeadingVersion { get; }

    public static TagParts Of(ImageReference image) => new(image.Tag);

    public bool Has(string token)
    {
        foreach (string t in Tokens)
        {
            if (t == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token starting with <paramref name="prefix"/>, or null.</summary>
    public string? StartingWith(string prefix)
    {
        foreach (string t in Tokens)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }
}

/// <summary>A release number as integers (<c>3.18</c> → 3, 18), compared component by component.</summary>
internal sealed class VersionKey : IComparable<VersionKey>
{
    private readonly int[] _parts;

    private VersionKey(int[] parts) => _parts = parts;

    public int Length => _parts.Length;

    public int this[int index] => _parts[index];

    /// <summary>Parses "3", "3.18", "2018.03"; null for anything else.</summary>
    public static VersionKey? Parse(string text)
    {
        bool wellFormed = text.Length > 0 && IsAllVersion(text) && text[0] != '.' && text[text.Length - 1] != '.' && text.IndexOf("..", StringComparison.Ordinal) < 0;
        return wellFormed ? ParseLeading(text) : null;
    }

    /// <summary>The dotted number at the start of <paramref name="text"/> (<c>3.12.1-slim</c> → 3.12.1); null when it does not start with a digit.</summary>
    public static VersionKey? ParseLeading(string text)
    {
        var parts = new List<int>();
        int i = 0;
        while (i < text.Length && parts.Count < 4)
        {
            int start = i;
            long value = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9' && i - start < 9)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == start)
            {
                break;
            }

            parts.Add((int)value);
            if (i + 1 < text.Length && text[i] == '.' && text[i + 1] >= '0' && text[i + 1] <= '9')
            {
                i++;
                continue;
            }

            break;
        }

        return parts.Count == 0 ? null : new VersionKey(parts.ToArray());
    }

    public VersionKey Truncate(int length) => length >= _parts.Length ? this : new VersionKey(SubArray(length));

    public int CompareTo(VersionKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        int n = Math.Min(_parts.Length, other._parts.Length);
        for (int i = 0; i < n; i++)
        {
            int c = _parts[i].CompareTo(other._parts[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return _parts.Length.CompareTo(other._parts.Length);
    }

    public bool SameAs(VersionKey other) => CompareTo(other) == 0;

    public override string ToString() => string.Join(".", _parts);

    private static bool IsAllVersion(string text)
    {
        foreach (char c in text)
        {
            if (!(c == '.' || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private int[] SubArray(int length)
    {
        var result = new int[length];
        Array.Copy(_parts, result, length);
        return result;
    }
}

/// <summary>Case-insensitive wildcard match where <c>*</c> stands for any run of characters. Linear-ish, no regex, no recursion.</summary>
internal static class Glob
{
    public static bool IsMatch(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (p < pattern.Length && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
