using System;

namespace ContainerGuard.Containers;

/// <summary>Who a container process runs as, however a surface spells it (USER, ContainerUser, runAsUser, Config.User).</summary>
public static class ContainerUsers
{
    /// <summary>
    /// <c>root</c>, uid <c>0</c> (also <c>00</c>), each with any group (<c>root:app</c>, <c>0:0</c>), and Windows
    /// <c>ContainerAdministrator</c>. Surrounding white space is ignored; an empty user is not root (the image decides).
    /// </summary>
    public static bool IsRoot(string? user)
    {
        if (user is null)
        {
            return false;
        }

        string name = user.Trim();
        int colon = name.IndexOf(':');
        if (colon >= 0)
        {
            name = name.Substring(0, colon);
        }

        return name == "root" || IsUidZero(name) || IsWindowsAdministrator(name);
    }

    /// <summary>A numeric uid of zero (<c>0</c>, <c>00</c>); what <c>runAsUser: 0</c> and <c>RunAsUser = 0</c> mean.</summary>
    public static bool IsRootUid(long? uid) => uid == 0;

    public static bool IsWindowsAdministrator(string user)
        => user.Equals("ContainerAdministrator", StringComparison.OrdinalIgnoreCase)
        || user.StartsWith("ContainerAdministrator:", StringComparison.OrdinalIgnoreCase);

    private static bool IsUidZero(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c != '0')
            {
                return false;
            }
        }

        return true;
    }
}
