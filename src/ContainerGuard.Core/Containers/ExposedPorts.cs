namespace ContainerGuard.Containers;

/// <summary>A remote-administration port that must not be reachable from the internet.</summary>
public sealed class AdministrationPort
{
    internal AdministrationPort(int number, string service)
    {
        Number = number;
        Service = service;
    }

    public int Number { get; }

    /// <summary>"SSH", "RDP", …, for messages.</summary>
    public string Service { get; }
}

/// <summary>Ports whose public exposure is a finding on every surface (Bicep/ARM, the ACI SDK, Docker.DotNet, the engine).</summary>
public static class ExposedPorts
{
    private static readonly AdministrationPort[] Known =
    {
        new(22, "SSH"),
        new(23, "Telnet"),
        new(3389, "RDP"),
        new(2375, "the Docker API without TLS"),
        new(2376, "the Docker API"),
        new(5985, "WinRM over HTTP"),
        new(5986, "WinRM"),
    };

    /// <summary>The administration service usually behind <paramref name="port"/>; null for any other port.</summary>
    public static AdministrationPort? FindAdministrationPort(long? port)
    {
        if (port is null)
        {
            return null;
        }

        foreach (var known in Known)
        {
            if (known.Number == port)
            {
                return known;
            }
        }

        return null;
    }
}
