using System;
using System.Collections.Generic;

namespace ContainerGuard.Containers;

/// <summary>What mounting a host path into a container hands the container.</summary>
public enum HostPathRisk
{
    /// <summary>Nothing we judge: an application folder, a named volume, a single harmless file.</summary>
    None,

    /// <summary>A container engine's API socket (Docker, Podman, containerd, CRI-O): full control of the host.</summary>
    EngineSocket,

    /// <summary>The host's root file system.</summary>
    HostRoot,

    /// <summary>A host system directory (<c>/etc</c>, <c>/proc</c>, <c>/sys</c>, <c>/var/lib/docker</c>, …).</summary>
    SystemDirectory,
}

/// <summary>One bind mount as Docker writes it: <c>source:target[:options]</c>.</summary>
public sealed class BindMount
{
    public BindMount(string source, string target, string? options)
    {
        Source = source;
        Target = target;
        Options = options;
    }

    /// <summary>A host path, or a named volume (see <see cref="IsHostPath"/>).</summary>
    public string Source { get; }

    public string Target { get; }

    public string? Options { get; }

    public bool IsHostPath => HostMounts.IsHostPath(Source);

    public bool IsReadOnly
    {
        get
        {
            if (Options is null)
            {
                return false;
            }

            foreach (string option in Options.Split(','))
            {
                if (option.Trim() == "ro")
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>Host paths that must not be mounted into a container, decided once for every surface.</summary>
public static class HostMounts
{
    private static readonly HashSet<string> EngineSockets = new(StringComparer.Ordinal)
    {
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/docker", "/run/docker",
        "/run/podman/podman.sock", "/var/run/podman/podman.sock",
        "/run/containerd/containerd.sock", "/var/run/containerd/containerd.sock",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock",
        "//./pipe/docker_engine",
    };

    // Exact directories: mounting them (or the host root) exposes the host's configuration, kernel interfaces or engine state.
    private static readonly HashSet<string> SystemDirectories = new(StringComparer.Ordinal)
    {
        "/etc", "/proc", "/sys", "/boot", "/dev", "/root", "/run", "/var/run", "/var/lib/docker", "/var/lib/containerd",
        "/var/lib/kubelet", "/lib/modules", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/var", "/home", "/etc/kubernetes",
        "/etc/docker", "/etc/ssh", "/root/.ssh", "/root/.docker",
    };

    // Everything below these is a kernel interface of the host (cgroups, /proc/sysrq-trigger, /sys/kernel…).
    private static readonly string[] KernelInterfaceRoots = { "/proc/", "/sys/" };

    /// <summary>The path with <c>\</c> as <c>/</c>, duplicate and trailing separators and <c>.</c> segments removed.</summary>
    public static string NormalizePath(string path)
    {
        string p = path.Trim().Replace('\\', '/');
        bool unc = p.StartsWith("//", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (string segment in p.Split('/'))
        {
            if (segment.Length == 0 || (segment == "." && !(unc && segments.Count == 0)))
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0)
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        string joined = string.Join("/", segments);
        if (unc)
        {
            return "//" + joined;
        }

        return p.StartsWith("/", StringComparison.Ordinal) ? "/" + joined : joined;
    }

    /// <summary>True for an absolute host path (Linux, Windows drive or named pipe), false for a named volume.</summary>
    public static bool IsHostPath(string source)
    {
        string s = source.Trim();
        return s.StartsWith("/", StringComparison.Ordinal)
            || s.StartsWith("\\", StringComparison.Ordinal)
            || (s.Length >= 2 && char.IsLetter(s[0]) && s[1] == ':');
    }

    public static HostPathRisk Classify(string? hostPath)
    {
        if (hostPath is null || !IsHostPath(hostPath))
        {
            return HostPathRisk.None;
        }

        string path = NormalizePath(hostPath);
        if (EngineSockets.Contains(path) || path.EndsWith("/docker.sock", StringComparison.Ordinal) || path.EndsWith("/podman.sock", StringComparison.Ordinal))
        {
            return HostPathRisk.EngineSocket;
        }

        if (path == "/" || (path.Length == 2 && path[1] == ':') || (path.Length == 3 && path[1] == ':' && path[2] == '/'))
        {
            return HostPathRisk.HostRoot;
        }

        if (SystemDirectories.Contains(path))
        {
            return HostPathRisk.SystemDirectory;
        }

        foreach (string root in KernelInterfaceRoots)
        {
            if (path.StartsWith(root, StringComparison.Ordinal))
            {
                return HostPathRisk.SystemDirectory;
            }
        }

        return HostPathRisk.None;
    }

    /// <summary>What the container gets through such a mount, for messages.</summary>
    public static string Describe(HostPathRisk risk) => risk switch
    {
        HostPathRisk.EngineSocket => "the container engine's API socket, which gives the container full control of the host (read-only does not help: the socket is an API, not a file)",
        HostPathRisk.HostRoot => "the host's root file system",
        HostPathRisk.SystemDirectory => "a host system directory (configuration, kernel interfaces or engine state)",
        _ => "a host path",
    };

    /// <summary>
    /// Parses a Docker <c>Binds</c> entry (<c>/src:/dst</c>, <c>/src:/dst:ro,z</c>, <c>C:\src:C:\dst</c>,
    /// <c>volume:/dst</c>); null when it has no target.
    /// </summary>
    public static BindMount? ParseBind(string? bind)
    {
        if (bind is null)
        {
            return null;
        }

        var parts = SplitBind(bind.Trim());
        if (parts.Count < 2)
        {
            return null;
        }

        return new BindMount(parts[0], parts[1], parts.Count > 2 ? string.Join(":", parts.GetRange(2, parts.Count - 2)) : null);
    }

    // Splits on ':' but keeps Windows drive letters ("C:\x") together with their path.
    private static List<string> SplitBind(string bind)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i < bind.Length; i++)
        {
            if (bind[i] != ':')
            {
                continue;
            }

            bool driveLetter = i - start == 1 && char.IsLetter(bind[start]) && i + 1 < bind.Length && (bind[i + 1] == '\\' || bind[i + 1] == '/');
            if (driveLetter)
            {
                continue;
            }

            parts.Add(bind.Substring(start, i - start));
            start = i + 1;
        }

        parts.Add(bind.Substring(start));
        return parts;
    }
}
