using System;

namespace ContainerGuard.Containers;

/// <summary>The kernel namespaces a container can share with its host.</summary>
public enum HostNamespace
{
    Network,
    Pid,
    Ipc,
    Uts,
    User,
    Cgroup,
}

/// <summary>Host namespace modes (<c>--network host</c>, <c>PidMode = "host"</c>, <c>hostNetwork</c>…), decided once.</summary>
public static class HostNamespaces
{
    /// <summary>True for the mode <c>host</c> (any case, surrounding white space ignored); <c>container:x</c>, <c>private</c>, <c>bridge</c> are not.</summary>
    public static bool IsHostMode(string? mode) => mode is not null && mode.Trim().Equals("host", StringComparison.OrdinalIgnoreCase);

    /// <summary>What sharing the namespace gives the container, for messages.</summary>
    public static string Describe(HostNamespace ns) => ns switch
    {
        HostNamespace.Network => "the host's network stack (every host interface and local service, no network isolation)",
        HostNamespace.Pid => "the host's process table (it can see and signal every process on the host)",
        HostNamespace.Ipc => "the host's shared memory and IPC objects",
        HostNamespace.Uts => "the host's hostname and domain name",
        HostNamespace.User => "the host's user namespace (user-namespace remapping is switched off, so root in the container is root on the host)",
        HostNamespace.Cgroup => "the host's cgroup hierarchy",
        _ => "a host namespace",
    };
}
