using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3023HostNamespaceTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Host_namespaces_fire(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3023", package, """
        using Docker.DotNet.Models;
        class C
        {
            const string Host = "host";
            void M(HostConfig h)
            {
                var a = new HostConfig { PidMode = {|CG3023:"host"|}, IpcMode = {|CG3023:Host|}, UTSMode = {|CG3023:"host"|}, UsernsMode = {|CG3023:"host"|} };
                h.CgroupnsMode = {|CG3023:" Host "|};
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Private_and_shared_with_containers_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3023", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(string mode)
            {
                var a = new HostConfig { PidMode = "container:app", IpcMode = "private", UTSMode = mode, UsernsMode = "", CgroupnsMode = "private", NetworkMode = "host" };
            }
        }
        """);
}
