using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer, ContainerGuard.CodeFixes.Sdk.ReplaceWithSafeValueCodeFix>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3022WeakSecurityOptionTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Options_that_switch_protections_off_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3022", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            static List<string> Options() => new List<string> { {|CG3022:"apparmor=unconfined"|}, "no-new-privileges" };
            void M(HostConfig host)
            {
                var a = new HostConfig { SecurityOpt = new List<string> { {|CG3022:"seccomp=unconfined"|} } };
                var b = new HostConfig { SecurityOpt = Options() };
                host.SecurityOpt = new[] { {|CG3022:"label:disable"|}, {|CG3022:"no-new-privileges=false"|} };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Profiles_and_no_new_privileges_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3022", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M()
            {
                var a = new HostConfig { SecurityOpt = new List<string> { "no-new-privileges:true", "seccomp=/etc/docker/seccomp.json", "apparmor=docker-default" } };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Fix_uses_no_new_privileges(DockerPackage package) => VerifyFix.VerifyDockerFixAsync("CG3022", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M() => new HostConfig { SecurityOpt = new List<string> { {|CG3022:"seccomp=unconfined"|} } };
        }
        """, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M() => new HostConfig { SecurityOpt = new List<string> { "no-new-privileges:true" } };
        }
        """);
}
