using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3010HostNetworkTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Host_network_mode_fires(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3010", package, """
        using Docker.DotNet.Models;
        class C
        {
            private static readonly string Mode = "HOST";
            void M()
            {
                var a = new HostConfig { NetworkMode = {|CG3010:"host"|} };
                a.NetworkMode = {|CG3010:Mode|};
                string mode;
                mode = "host";
                var b = new CreateContainerParameters { HostConfig = new HostConfig { NetworkMode = {|CG3010:mode|} } };
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Bridge_container_and_unknown_modes_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3010", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(string fromConfiguration)
            {
                var a = new HostConfig { NetworkMode = "bridge" };
                var b = new HostConfig { NetworkMode = "container:db" };
                var c = new HostConfig { NetworkMode = fromConfiguration };
                var d = new HostConfig { NetworkMode = "my-hostnet" };
            }
        }
        """);
}
