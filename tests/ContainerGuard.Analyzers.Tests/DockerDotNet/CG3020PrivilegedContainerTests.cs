using ContainerGuard.Analyzers.Tests.Infrastructure;
using ContainerGuard.CodeFixes.Sdk;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer, ContainerGuard.CodeFixes.Sdk.RemovePropertyAssignmentCodeFix>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3020PrivilegedContainerTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Privileged_in_an_initializer_a_statement_and_through_a_local(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3020", package, """
        using Docker.DotNet.Models;
        class C
        {
            private const bool Elevated = true;

            CreateContainerParameters Create(bool debug)
            {
                var parameters = new CreateContainerParameters { Image = "contoso.azurecr.io/app:1.0", HostConfig = new HostConfig { Privileged = {|CG3020:true|} } };
                var host = new HostConfig();
                host.Privileged = {|CG3020:Elevated|};
                var privileged = false;
                if (debug) { privileged = true; }
                var other = new HostConfig { Privileged = {|CG3020:privileged|} };
                var exec = new ContainerExecCreateParameters { Privileged = {|CG3020:debug ? true : false|} };
                return parameters;
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Value_from_a_helper_in_the_same_file(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3020", package, """
        using Docker.DotNet.Models;
        class C
        {
            static bool NeedsDevices() => true;
            static HostConfig Host(bool privileged) => new HostConfig { Privileged = {|CG3020:privileged|} };
            HostConfig M() => Host(NeedsDevices());
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task False_unknown_and_unset_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3020", package, """
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M(bool fromConfiguration) => new HostConfig { Privileged = false, ReadonlyRootfs = true };
            HostConfig N(bool fromConfiguration) => new HostConfig { Privileged = fromConfiguration };
            HostConfig O() => new HostConfig { CapDrop = new[] { "ALL" } };
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Fix_removes_the_initializer_member(DockerPackage package) => VerifyFix.VerifyDockerFixAsync("CG3020", package, """
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M() => new HostConfig { Privileged = {|CG3020:true|}, ReadonlyRootfs = true };
        }
        """, """
        using Docker.DotNet.Models;
        class C
        {
            HostConfig M() => new HostConfig { ReadonlyRootfs = true };
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Fix_removes_the_statement(DockerPackage package) => VerifyFix.VerifyDockerFixAsync("CG3020", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(HostConfig host)
            {
                host.Memory = 256;
                host.Privileged = {|CG3020:true|};
            }
        }
        """, """
        using Docker.DotNet.Models;
        class C
        {
            void M(HostConfig host)
            {
                host.Memory = 256;
            }
        }
        """);
}
