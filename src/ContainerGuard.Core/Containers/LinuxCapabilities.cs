using System;
using System.Collections.Generic;

namespace ContainerGuard.Containers;

/// <summary>How much an added Linux capability gives a container beyond what the runtime grants by default.</summary>
public enum CapabilityRisk
{
    /// <summary>Not a capability name we know; surfaces stay silent rather than guess.</summary>
    Unknown,

    /// <summary>In Docker's default set (CHOWN, NET_BIND_SERVICE, …): adding it changes nothing under Docker.</summary>
    DefaultGranted,

    /// <summary>A real capability outside the default set that is not a known escape route (WAKE_ALARM, IPC_LOCK…).</summary>
    Elevated,

    /// <summary>A known route to the host or to other containers (SYS_ADMIN, SYS_PTRACE, NET_ADMIN…), or ALL.</summary>
    Dangerous,
}

/// <summary>What a capability name means, decided once for Dockerfiles' neighbours: Bicep/ARM, the ACI SDK, Docker.DotNet and the engine.</summary>
public static class LinuxCapabilities
{
    // Docker's default capability set (moby oci/caps/defaults.go): granted whether or not it is added.
    private static readonly HashSet<string> DefaultSet = new(StringComparer.Ordinal)
    {
        "CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID", "SETFCAP", "SETPCAP",
        "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE",
    };

    // Each with why it matters: the reason is part of the message every surface prints.
    private static readonly Dictionary<string, string> DangerousSet = new(StringComparer.Ordinal)
    {
        ["ALL"] = "every capability, as good as privileged mode",
        ["SYS_ADMIN"] = "mount file systems, use namespaces and many other administrative calls: a well-known container escape",
        ["SYS_MODULE"] = "load kernel modules into the host's kernel",
        ["SYS_PTRACE"] = "trace and inject code into other processes",
        ["SYS_RAWIO"] = "raw I/O on devices and ports",
        ["SYS_BOOT"] = "reboot the host",
        ["SYS_TIME"] = "set the host's clock",
        ["NET_ADMIN"] = "reconfigure network interfaces, routes and firewall rules",
        ["DAC_READ_SEARCH"] = "read any file by handle, bypassing permissions (a known escape)",
        ["BPF"] = "load BPF programs into the kernel",
        ["PERFMON"] = "observe other processes through performance monitoring",
        ["MAC_ADMIN"] = "change the mandatory access control policy",
        ["MAC_OVERRIDE"] = "bypass mandatory access control",
        ["LINUX_IMMUTABLE"] = "change immutable and append-only file attributes",
        ["SYSLOG"] = "read and clear the kernel log",
        ["SYS_RESOURCE"] = "override resource limits and quotas",
    };

    private static readonly HashSet<string> OtherKnown = new(StringComparer.Ordinal)
    {
        "AUDIT_CONTROL", "AUDIT_READ", "BLOCK_SUSPEND", "CHECKPOINT_RESTORE", "IPC_LOCK", "IPC_OWNER", "LEASE",
        "NET_BROADCAST", "SYS_NICE", "SYS_PACCT", "SYS_TTY_CONFIG", "WAKE_ALARM",
    };

    /// <summary>
    /// The capability's canonical name: trimmed, upper case, without the <c>CAP_</c> prefix
    /// (<c>cap_sys_admin</c> → <c>SYS_ADMIN</c>). Null for an empty name.
    /// </summary>
    public static string? Normalize(string? name)
    {
        if (name is null)
        {
            return null;
        }

        string trimmed = name.Trim().ToUpperInvariant();
        if (trimmed.StartsWith("CAP_", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(4);
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    public static CapabilityRisk Classify(string? name)
    {
        string? canonical = Normalize(name);
        if (canonical is null)
        {
            return CapabilityRisk.Unknown;
        }

        if (DangerousSet.ContainsKey(canonical))
        {
            return CapabilityRisk.Dangerous;
        }

        if (DefaultSet.Contains(canonical))
        {
            return CapabilityRisk.DefaultGranted;
        }

        return OtherKnown.Contains(canonical) ? CapabilityRisk.Elevated : CapabilityRisk.Unknown;
    }

    /// <summary>What a dangerous capability lets a process do, for messages; null for the others.</summary>
    public static string? DescribeDanger(string? name)
        => Normalize(name) is { } canonical && DangerousSet.TryGetValue(canonical, out var reason) ? reason : null;
}
