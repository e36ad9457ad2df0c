using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Configuration;

namespace ContainerGuard.Images;

/// <summary>Where an image comes from, as far as the practice (recommendations 1, 5 and 6) is concerned.</summary>
public enum RegistryClass
{
    /// <summary>Docker Hub, written (<c>docker.io/…</c>) or implied (<c>node:20</c>). No approved list configured.</summary>
    DockerHub,

    /// <summary>Another public registry (<see cref="ImageKnowledge.PublicRegistryHosts"/>). No approved list configured.</summary>
    PublicRegistry,

    /// <summary>Any other host: <c>*.azurecr.io</c>, a company registry, <c>localhost</c>. No approved list configured.</summary>
    Private,

    /// <summary>An approved list is configured and the image's registry is on it.</summary>
    Approved,

    /// <summary>An approved list is configured and the image's registry is not on it.</summary>
    NotApproved,
}

/// <summary>
/// Classifies image references against the configured approved registries and base images.
/// Entries are case-insensitive. Approved registries: <c>host</c>, <c>host:port</c>, <c>host/path-prefix</c>,
/// <c>*.azurecr.io</c> (any sub-domain, not the bare domain). Approved base images: image patterns such as
/// <c>mcr.microsoft.com/dotnet/aspnet</c> (any tag), <c>mcr.microsoft.com/dotnet/aspnet:8.0</c> (that tag),
/// <c>myacr.azurecr.io/base/*</c> (anything below), <c>node</c> (= <c>docker.io/library/node</c>); <c>*</c> is a
/// wildcard within names and tags.
/// </summary>
public sealed class RegistryPolicy
{
    private readonly ApprovedRegistry[] _registries;
    private readonly ApprovedImage[] _images;

    public RegistryPolicy(IEnumerable<string>? approvedRegistries, IEnumerable<string>? approvedBaseImages)
    {
        var registries = new List<ApprovedRegistry>();
        var registryEntries = new List<string>();
        foreach (string entry in approvedRegistries ?? Array.Empty<string>())
        {
            var parsed = ApprovedRegistry.Parse(entry);
            if (parsed != null)
            {
                registries.Add(parsed);
                registryEntries.Add(entry.Trim());
            }
        }

        var images = new List<ApprovedImage>();
        var imageEntries = new List<string>();
        foreach (string entry in approvedBaseImages ?? Array.Empty<string>())
        {
            var parsed = ApprovedImage.Parse(entry);
            if (parsed != null)
            {
                images.Add(parsed);
                imageEntries.Add(entry.Trim());
            }
        }

        _registries = registries.ToArray();
        _images = images.ToArray();
        ApprovedRegistries = registryEntries;
        ApprovedBaseImages = imageEntries;
    }

    /// <summary>The approved-registry entries as written (for messages).</summary>
    public IReadOnlyList<string> ApprovedRegistries { get; }

    /// <summary>The approved-image entries as written (for messages).</summary>
    public IReadOnlyList<string> ApprovedBaseImages { get; }

    public static RegistryPolicy From(ContainerGuardConfiguration configuration)
        => new(configuration.ApprovedRegistries, configuration.ApprovedBaseImages);

    /// <summary>An approved list for a message: the first three entries, then how many more ("a, b, c and 2 more").</summary>
    public static string Abbreviate(IReadOnlyList<string> entries)
    {
        const int shown = 3;
        string list = string.Join(", ", entries.Take(shown));
        return entries.Count > shown ? list + $" and {entries.Count - shown} more" : list;
    }

    public bool HasApprovedRegistries => _registries.Length > 0;

    public bool HasApprovedBaseImages => _images.Length > 0;

    /// <summary>Docker Hub / public / private without a list; approved / not approved with one.</summary>
    public RegistryClass Classify(ImageReference image)
    {
        if (HasApprovedRegistries)
        {
            return IsRegistryApproved(image) ? RegistryClass.Approved : RegistryClass.NotApproved;
        }

        return ClassifyPublic(image);
    }

    /// <summary>Docker Hub, another public registry, or private: ignores any approved list.</summary>
    public static RegistryClass ClassifyPublic(ImageReference image)
    {
        if (image.IsScratch)
        {
            return RegistryClass.Private;
        }

        if (image.IsDockerHub)
        {
            return RegistryClass.DockerHub;
        }

        return IsPublicRegistryHost(image.RegistryHost) ? RegistryClass.PublicRegistry : RegistryClass.Private;
    }

    /// <summary>True for the hosts of <see cref="ImageKnowledge.PublicRegistryHosts"/> and their wildcard suffixes (<c>*.gcr.io</c>, <c>*.pkg.dev</c>).</summary>
    public static bool IsPublicRegistryHost(string host)
    {
        string h = host.ToLowerInvariant();
        if (h == ImageReference.DockerHub || h == "index.docker.io" || h == "registry-1.docker.io")
        {
            return true;
        }

        foreach (string known in ImageKnowledge.PublicRegistryHosts)
        {
            if (h == known)
            {
                return true;
            }
        }

        foreach (string suffix in ImageKnowledge.PublicRegistryHostSuffixes)
        {
            if (h.EndsWith(suffix, StringComparison.Ordinal) && h.Length > suffix.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an approved registry entry covers the image (scratch is always approved: nothing is pulled).</summary>
    public bool IsRegistryApproved(ImageReference image)
    {
        if (image.IsScratch)
        {
            return true;
        }

        foreach (var entry in _registries)
        {
            if (entry.Covers(image))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an approved base-image pattern matches (scratch is always approved).</summary>
    public bool IsBaseImageApproved(ImageReference image)
    {
        if (image.IsScratch)
        {
            return true;
        }

        foreach (var entry in _images)
        {
            if (entry.Matches(image))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, no scheme, no trailing slash; Docker Hub aliases read as docker.io.</summary>
    private static string NormalizeHost(string host)
    {
        string h = host.ToLowerInvariant();
        return h == "index.docker.io" || h == "registry-1.docker.io" || h == "hub.docker.com" ? ImageReference.DockerHub : h;
    }

    private static string StripScheme(string entry)
    {
        string e = entry.Trim();
        foreach (string scheme in new[] { "https://", "http://", "oci://", "docker://" })
        {
            if (e.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                e = e.Substring(scheme.Length);
            }
        }

        return e.TrimEnd('/');
    }

    private sealed class ApprovedRegistry
    {
        private readonly string _host;
        private readonly string? _pathPrefix;

        private ApprovedRegistry(string host, string? pathPrefix)
        {
            _host = host;
            _pathPrefix = pathPrefix;
        }

        public static ApprovedRegistry? Parse(string entry)
        {
            string e = StripScheme(entry);
            if (e.EndsWith("/*", StringComparison.Ordinal))
            {
                e = e.Substring(0, e.Length - 2);
            }

            if (e.Length == 0)
            {
                return null;
            }

            int slash = e.IndexOf('/');
            string host = NormalizeHost(slash < 0 ? e : e.Substring(0, slash));
            string? prefix = slash < 0 ? null : e.Substring(slash + 1).ToLowerInvariant().Trim('/');
            return new ApprovedRegistry(host, string.IsNullOrEmpty(prefix) ? null : prefix);
        }

        public bool Covers(ImageReference image)
        {
            if (!HostMatches(image))
            {
                return false;
            }

            if (_pathPrefix == null)
            {
                return true;
            }

            string repo = image.Repository;
            return repo == _pathPrefix || repo.StartsWith(_pathPrefix + "/", StringComparison.Ordinal) || Glob.IsMatch(_pathPrefix, repo);
        }

        private bool HostMatches(ImageReference image)
        {
            if (_host.StartsWith("*.", StringComparison.Ordinal))
            {
                string suffix = _host.Substring(1);
                string host = _host.IndexOf(':') >= 0 ? image.Registry : image.RegistryHost;
                return host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length;
            }

            // "myregistry" matches the host on any port; "myregistry:5000" only that port.
            return _host.IndexOf(':') >= 0 ? image.Registry == _host : image.RegistryHost == _host;
        }
    }

    private sealed class ApprovedImage
    {
        private readonly string _name;
        private readonly string? _tag;
        private readonly string? _digest;

        private ApprovedImage(string name, string? tag, string? digest)
        {
            _name = name;
            _tag = tag;
            _digest = digest;
        }

        public static ApprovedImage? Parse(string entry)
        {
            string e = StripScheme(entry);
            if (e.Length == 0)
            {
                return null;
            }

            string? digest = null;
            int at = e.IndexOf('@');
            if (at >= 0)
            {
                digest = e.Substring(at + 1).ToLowerInvariant();
                e = e.Substring(0, at);
            }

            string? tag = null;
            int colon = e.LastIndexOf(':');
            if (colon > e.LastIndexOf('/'))
            {
                tag = e.Substring(colon + 1);
                e = e.Substring(0, colon);
            }

            if (e == "*")
            {
                return new ApprovedImage("*", tag, digest);
            }

            // Read the registry the way Docker does, so "node" means docker.io/library/node.
            e = e.ToLowerInvariant();
            int slash = e.IndexOf('/');
            string first = slash < 0 ? e : e.Substring(0, slash);
            string name;
            if (slash >= 0 && (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost"))
            {
                string path = e.Substring(slash + 1);
                string host = NormalizeHost(first);
                if (host == ImageReference.DockerHub && path.IndexOf('/') < 0)
                {
                    path = "library/" + path;
                }

                name = host + "/" + path;
            }
            else
            {
                name = ImageReference.DockerHub + "/" + (slash < 0 ? "library/" + e : e);
            }

            return new ApprovedImage(name, tag, digest);
        }

        public bool Matches(ImageReference image)
        {
            string full = image.FullName;
            bool nameMatches = _name == "*"
                || _name == full
                || (_name.EndsWith("/*", StringComparison.Ordinal) && full.StartsWith(_name.Substring(0, _name.Length - 1), StringComparison.Ordinal))
                || (_name.IndexOf('*') >= 0 && Glob.IsMatch(_name, full));
            if (!nameMatches)
            {
                return false;
            }

            if (_tag != null && (image.Tag == null || !Glob.IsMatch(_tag, image.Tag)))
            {
                return false;
            }

            return _digest == null || string.Equals(_digest, image.Digest, StringComparison.OrdinalIgnoreCase);
        }
    }
}
