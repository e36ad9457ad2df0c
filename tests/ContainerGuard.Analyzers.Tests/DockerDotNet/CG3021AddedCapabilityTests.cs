using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer, ContainerGuard.CodeFixes.Sdk.DropCapabilitiesCodeFix>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3021AddedCapabilityTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Dangerous_and_elevated_capabilities_fire_wherever_the_list_is_built(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3021", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            private const string Admin = "CAP_SYS_ADMIN";
            void M(HostConfig host)
            {
                var a = new HostConfig { CapAdd = new List<string> { {|CG3021:"NET_ADMIN"|}, "NET_BIND_SERVICE" } };
                var b = new HostConfig { CapAdd = [{|CG3021:"ALL"|}] };
                var caps = new List<string>();
                caps.Add({|CG3021:Admin|});
                caps.Add("CHOWN");
                host.CapAdd = caps;
                host.CapAdd.Add({|CG3021:"sys_ptrace"|});
                var c = new HostConfig { CapAdd = new[] { {|CG3021:"IPC_LOCK"|} } };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Default_unknown_and_dropped_capabilities_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3021", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M(IList<string> fromConfiguration)
            {
                var a = new HostConfig { CapAdd = new List<string> { "NET_BIND_SERVICE", "CHOWN" }, CapDrop = new List<string> { "ALL" } };
                var b = new HostConfig { CapAdd = fromConfiguration };
                var c = new HostConfig { CapAdd = new List<string> { "NOT_A_CAPABILITY" } };
                var d = new HostConfig { CapDrop = new List<string> { "SYS_ADMIN", "NET_ADMIN" } };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Fix_removes_the_capability_and_drops_all(DockerPackage package) => VerifyFix.VerifyDockerFixAsync("CG3021", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M() => new HostConfig { CapAdd = new List<string> { {|CG3021:"SYS_ADMIN"|}, "NET_BIND_SERVICE" } };
        }
        """, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M() => new HostConfig { CapAdd = new List<string> { "NET_BIND_SERVICE" }, CapDrop = new List<string> { "ALL" } };
        }
        """);
}
