using System;

namespace ContainerGuard.Containers;

/// <summary>A <c>--security-opt</c> value that takes a protection away.</summary>
public enum WeakSecurityOption
{
    None,
    SeccompUnconfined,
    AppArmorUnconfined,
    LabelDisabled,
    SystemPathsUnconfined,
    NewPrivilegesAllowed,
}

/// <summary>Docker security options (<c>HostConfig.SecurityOpt</c>, <c>--security-opt</c>), decided once.</summary>
public static class SecurityOptions
{
    /// <summary>
    /// Classifies one option. Docker accepts both <c>key=value</c> and the older <c>key:value</c>:
    /// <c>seccomp=unconfined</c>, <c>apparmor=unconfined</c>, <c>label=disable</c>, <c>systempaths=unconfined</c>,
    /// <c>no-new-privileges=false</c>. Anything else (a seccomp profile, <c>no-new-privileges</c>) is <see cref="WeakSecurityOption.None"/>.
    /// </summary>
    public static WeakSecurityOption Classify(string? option)
    {
        if (option is null)
        {
            return WeakSecurityOption.None;
        }

        string text = option.Trim();
        int separator = text.IndexOfAny(new[] { '=', ':' });
        if (separator <= 0)
        {
            return WeakSecurityOption.None;
        }

        string key = text.Substring(0, separator).Trim().ToLowerInvariant();
        string value = text.Substring(separator + 1).Trim().ToLowerInvariant();
        return key switch
        {
            "seccomp" when value == "unconfined" => WeakSecurityOption.SeccompUnconfined,
            "apparmor" when value == "unconfined" => WeakSecurityOption.AppArmorUnconfined,
            "label" when value == "disable" => WeakSecurityOption.LabelDisabled,
            "systempaths" when value == "unconfined" => WeakSecurityOption.SystemPathsUnconfined,
            "no-new-privileges" when value == "false" => WeakSecurityOption.NewPrivilegesAllowed,
            _ => WeakSecurityOption.None,
        };
    }

    /// <summary>True for the option that forbids privilege escalation (<c>no-new-privileges</c>, <c>no-new-privileges:true</c>).</summary>
    public static bool IsNoNewPrivileges(string? option)
    {
        if (option is null)
        {
            return false;
        }

        string text = option.Trim().ToLowerInvariant();
        return text == "no-new-privileges" || text == "no-new-privileges:true" || text == "no-new-privileges=true";
    }

    public static string Describe(WeakSecurityOption option) => option switch
    {
        WeakSecurityOption.SeccompUnconfined => "switches off the seccomp filter, so every system call reaches the host's kernel",
        WeakSecurityOption.AppArmorUnconfined => "switches off the AppArmor profile",
        WeakSecurityOption.LabelDisabled => "switches off SELinux labelling, so the container's processes are not confined",
        WeakSecurityOption.SystemPathsUnconfined => "unmasks /proc and /sys paths that are normally hidden from containers",
        WeakSecurityOption.NewPrivilegesAllowed => "lets processes gain privileges through setuid binaries",
        _ => "changes a security option",
    };
}
