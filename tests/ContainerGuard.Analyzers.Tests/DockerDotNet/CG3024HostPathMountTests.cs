using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3024HostPathMountTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Docker_socket_host_root_and_system_paths_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3024", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            private static readonly string Socket = "/var/run/docker.sock";
            static string Bind(string hostPath) => hostPath + ":/host" + hostPath;
            void M(HostConfig host)
            {
                var a = new HostConfig { Binds = new List<string> { {|CG3024:Socket + ":" + Socket|}, "/srv/app/data:/data" } };
                var binds = new List<string>();
                binds.Add({|CG3024:"/:/host:ro"|});
                binds.Add({|CG3024:Bind("/etc")|});
                host.Binds = binds;
                host.Binds.Add({|CG3024:"/proc/sys:/p"|});
                var b = new HostConfig { Mounts = new List<Mount> { new Mount { Type = "bind", Source = {|CG3024:"/var/run/docker.sock"|}, Target = "/var/run/docker.sock", ReadOnly = true } } };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Application_paths_volumes_and_unknown_paths_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3024", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M(string fromConfiguration)
            {
                var a = new HostConfig
                {
                    Binds = new List<string> { "/srv/app/data:/data", "cache:/var/cache", "/etc-app:/x", fromConfiguration + ":/x" },
                    Mounts = new List<Mount> { new Mount { Type = "volume", Source = "db", Target = "/var/lib/db" } },
                };
            }
        }
        """);
}
