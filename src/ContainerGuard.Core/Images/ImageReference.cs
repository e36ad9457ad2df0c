using System;
using System.Diagnostics.CodeAnalysis;

namespace ContainerGuard.Images;

/// <summary>
/// An image reference in Docker's grammar: <c>[registry[:port]/]path[:tag][@digest]</c>, normalised the way
/// the Docker engine does it (a single name is <c>docker.io/library/name</c>; <c>index.docker.io</c> and
/// <c>registry-1.docker.io</c> are <c>docker.io</c>). Parsing is hand-written and linear: no regex.
/// </summary>
public sealed class ImageReference
{
    // ImageCatalog.Find's answer for this reference (a KnownImage or a marker for none), computed once.
    internal object? KnownImageCache;

    // EndOfLifePolicy's answers for this reference (a LifecycleRelease or a marker for none), computed once.
    internal object? DistributionReleaseCache;
    internal object? RuntimeReleaseCache;

    public const string DockerHub = "docker.io";

    /// <summary>Longest reference we look at; Docker's own limit on the name is 255 characters.</summary>
    private const int MaxLength = 1024;

    /// <summary><c>FROM scratch</c>: the empty image. It has no registry, tag or digest.</summary>
    public static readonly ImageReference Scratch = new("scratch", string.Empty, "scratch", null, null, isImplicitRegistry: true, isScratch: true);

    private ImageReference(string original, string registry, string repository, string? tag, string? digest, bool isImplicitRegistry, bool isScratch = false)
    {
        Original = original;
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        IsImplicitRegistry = isImplicitRegistry;
        IsScratch = isScratch;
    }

    /// <summary>The text that was parsed.</summary>
    public string Original { get; }

    /// <summary>Lower-case registry host with its port, if any: <c>docker.io</c>, <c>mcr.microsoft.com</c>, <c>localhost:5000</c>.</summary>
    public string Registry { get; }

    /// <summary>The registry host without the port.</summary>
    public string RegistryHost
    {
        get
        {
            if (Registry.StartsWith("[", StringComparison.Ordinal))
            {
                int close = Registry.IndexOf(']');
                return close < 0 ? Registry : Registry.Substring(0, close + 1);
            }

            int colon = Registry.IndexOf(':');
            return colon < 0 ? Registry : Registry.Substring(0, colon);
        }
    }

    /// <summary>The path inside the registry: <c>library/node</c>, <c>dotnet/aspnet</c>.</summary>
    public string Repository { get; }

    /// <summary>The tag as written, or null (Docker then pulls <c>latest</c> unless a digest is given).</summary>
    public string? Tag { get; }

    /// <summary>The digest as written (<c>sha256:…</c>), or null.</summary>
    public string? Digest { get; }

    /// <summary>True when no registry was written and Docker Hub is implied.</summary>
    public bool IsImplicitRegistry { get; }

    public bool IsScratch { get; }

    public bool IsDockerHub => !IsScratch && Registry == DockerHub;

    /// <summary>True for a Docker Hub official image (<c>library/…</c>).</summary>
    public bool IsOfficialDockerHubImage => IsDockerHub && Repository.StartsWith("library/", StringComparison.Ordinal) && Repository.IndexOf('/', 8) < 0;

    /// <summary>Pinned to content: a digest is present.</summary>
    public bool HasDigest => Digest != null;

    /// <summary><c>registry/path</c>, fully qualified: <c>docker.io/library/node</c>.</summary>
    public string FullName => IsScratch ? "scratch" : Registry + "/" + Repository;

    /// <summary>The short form people write: <c>node</c>, <c>bitnami/redis</c>, <c>mcr.microsoft.com/dotnet/aspnet</c>.</summary>
    public string FamiliarName
    {
        get
        {
            if (IsScratch)
            {
                return "scratch";
            }

            if (IsDockerHub)
            {
                return IsOfficialDockerHubImage ? Repository.Substring("library/".Length) : Repository;
            }

            return FullName;
        }
    }

    /// <summary>The last path component: <c>aspnet</c> for <c>mcr.microsoft.com/dotnet/aspnet</c>.</summary>
    public string Name
    {
        get
        {
            int slash = Repository.LastIndexOf('/');
            return slash < 0 ? Repository : Repository.Substring(slash + 1);
        }
    }

    /// <summary>Familiar name with tag and digest: <c>node:20-alpine</c>.</summary>
    public override string ToString()
        => FamiliarName + (Tag != null ? ":" + Tag : string.Empty) + (Digest != null ? "@" + Digest : string.Empty);

    /// <summary>Parses a reference; throws <see cref="FormatException"/> when it is not one.</summary>
    public static ImageReference Parse(string text)
    {
        string? error = TryParseCore(text, out var reference);
        if (error != null)
        {
            throw new FormatException(error);
        }

        return reference!;
    }

    /// <summary>
    /// Parses a reference. Returns false for anything Docker would reject (upper case in the path, bad tag,
    /// malformed digest) and for text with unresolved variables (<c>${BASE}</c>): rules stay silent on those.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ImageReference? reference)
    {
        string? error = TryParseCore(text, out reference);
        return error == null;
    }

    /// <summary>Like <see cref="TryParse"/>, with the reason when it fails (for messages and tests).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ImageReference? reference, out string? error)
    {
        error = TryParseCore(text, out reference);
        return error == null;
    }

    private static string? TryParseCore(string? text, out ImageReference? reference)
    {
        reference = null;
        if (text is null || text.Length == 0)
        {
            return "The image reference is empty.";
        }

        if (text.Length > MaxLength)
        {
            return "The image reference is too long.";
        }

        foreach (char c in text)
        {
            if (c == '$')
            {
                return "The image reference contains an unresolved variable.";
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "The image reference contains white space.";
            }
        }

        if (text == "scratch")
        {
            reference = Scratch;
            return null;
        }

        string rest = text;
        string? digest = null;
        int at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest.Substring(at + 1);
            rest = rest.Substring(0, at);
            if (!IsValidDigest(digest))
            {
                return "The digest is not of the form algorithm:hex (sha256 with 64 lower-case hex digits).";
            }
        }

        string? tag = null;
        int lastColon = rest.LastIndexOf(':');
        int lastSlash = rest.LastIndexOf('/');
        if (lastColon > lastSlash)
        {
            tag = rest.Substring(lastColon + 1);
            rest = rest.Substring(0, lastColon);
            if (!IsValidTag(tag))
            {
                return "The tag must be 1-128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'.";
            }
        }

        if (rest.Length == 0)
        {
            return "The image name is empty.";
        }

        if (rest.Length > 255)
        {
            return "The image name is longer than 255 characters.";
        }

        string registry;
        string path;
        bool isImplicit;
        int firstSlash = rest.IndexOf('/');
        string first = firstSlash < 0 ? rest : rest.Substring(0, firstSlash);
        if (firstSlash >= 0 && LooksLikeRegistry(first))
        {
            if (!IsValidRegistry(first))
            {
                return "The registry host is not a valid host name or host:port.";
            }

            registry = first.ToLowerInvariant();
            if (registry == "index.docker.io" || registry == "registry-1.docker.io")
            {
                registry = DockerHub;
            }

            path = rest.Substring(firstSlash + 1);
            isImplicit = false;
        }
        else
        {
            registry = DockerHub;
            path = rest;
            isImplicit = true;
        }

        string? pathError = ValidatePath(path);
        if (pathError != null)
        {
            return pathError;
        }

        if (registry == DockerHub && path.IndexOf('/') < 0)
        {
            path = "library/" + path;
        }

        reference = new ImageReference(text, registry, path, tag, digest, isImplicit);
        return null;
    }

    // Docker's rule: the first component is a registry when it has '.' or ':', is 'localhost', or has upper case.
    private static bool LooksLikeRegistry(string component)
    {
        if (component == "localhost")
        {
            return true;
        }

        foreach (char c in component)
        {
            if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z') || c == '[')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidRegistry(string registry)
    {
        string host = registry;
        string? port = null;
        if (registry.StartsWith("[", StringComparison.Ordinal))
        {
            int close = registry.IndexOf(']');
            if (close < 2)
            {
                return false;
            }

            for (int i = 1; i < close; i++)
            {
                char c = registry[i];
                if (!(IsHexDigit(c) || c == ':' || c == '.'))
                {
                    return false;
                }
            }

            if (close == registry.Length - 1)
            {
                return true;
            }

            if (registry[close + 1] != ':')
            {
                return false;
            }

            return IsPort(registry.Substring(close + 2));
        }

        int colon = registry.IndexOf(':');
        if (colon >= 0)
        {
            host = registry.Substring(0, colon);
            port = registry.Substring(colon + 1);
            if (!IsPort(port))
            {
                return false;
            }
        }

        if (host.Length == 0)
        {
            return false;
        }

        foreach (string label in host.Split('.'))
        {
            if (label.Length == 0 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }

            foreach (char c in label)
            {
                if (!(IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsPort(string port)
    {
        if (port.Length == 0 || port.Length > 5)
        {
            return false;
        }

        foreach (char c in port)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    // path-component := [a-z0-9]+ (separator [a-z0-9]+)* ; separator := '.' | '_' | '__' | '-'+
    private static string? ValidatePath(string path)
    {
        if (path.Length == 0)
        {
            return "The repository path is empty.";
        }

        foreach (string component in path.Split('/'))
        {
            if (component.Length == 0)
            {
                return "The repository path has an empty component.";
            }

            int i = 0;
            while (i < component.Length)
            {
                int runStart = i;
                while (i < component.Length && IsLowerAlphaNumeric(component[i]))
                {
                    i++;
                }

                if (i == runStart)
                {
                    char c = component[i];
                    return c >= 'A' && c <= 'Z'
                        ? "The repository name must be lower case."
                        : "The repository path has an invalid character or separator.";
                }

                if (i == component.Length)
                {
                    break;
                }

                int sepStart = i;
                while (i < component.Length && (component[i] == '.' || component[i] == '_' || component[i] == '-'))
                {
                    i++;
                }

                string separator = component.Substring(sepStart, i - sepStart);
                if (separator.Length == 0)
                {
                    char c = component[i];
                    return c >= 'A' && c <= 'Z'
                        ? "The repository name must be lower case."
                        : "The repository path has an invalid character.";
                }

                bool valid = separator == "." || separator == "_" || separator == "__" || separator.Trim('-').Length == 0;
                if (!valid || i == component.Length)
                {
                    return "The repository path has an invalid separator.";
                }
            }
        }

        return null;
    }

    // tag := [\w][\w.-]{0,127}
    private static bool IsValidTag(string tag)
    {
        if (tag.Length == 0 || tag.Length > 128)
        {
            return false;
        }

        for (int i = 0; i < tag.Length; i++)
        {
            char c = tag[i];
            bool word = IsAsciiLetterOrDigit(c) || c == '_';
            if (!(word || (i > 0 && (c == '.' || c == '-'))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidDigest(string digest)
    {
        int colon = digest.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        string algorithm = digest.Substring(0, colon);
        string hex = digest.Substring(colon + 1);
        foreach (char c in algorithm)
        {
            if (!(IsAsciiLetterOrDigit(c) || c == '+' || c == '.' || c == '_' || c == '-'))
            {
                return false;
            }
        }

        if (!(algorithm[0] >= 'a' && algorithm[0] <= 'z') && !(algorithm[0] >= 'A' && algorithm[0] <= 'Z'))
        {
            return false;
        }

        foreach (char c in hex)
        {
            if (!IsHexDigit(c))
            {
                return false;
            }
        }

        return algorithm switch
        {
            "sha256" => hex.Length == 64 && hex.ToLowerInvariant() == hex,
            "sha512" => hex.Length == 128 && hex.ToLowerInvariant() == hex,
            _ => hex.Length >= 32,
        };
    }

    private static bool IsLowerAlphaNumeric(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
