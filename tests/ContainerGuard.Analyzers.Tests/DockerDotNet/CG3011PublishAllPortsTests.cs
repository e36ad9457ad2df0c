using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.DockerDotNet.DockerDotNetAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.DockerDotNet;

public class CG3011PublishAllPortsTests
{
    public static TheoryData<DockerPackage> Packages => SdkReferences.DockerPackages;

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Publish_all_ports_fires(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3011", package, """
        using Docker.DotNet.Models;
        class C
        {
            void M(HostConfig host)
            {
                var a = new HostConfig { PublishAllPorts = {|CG3011:true|} };
                host.PublishAllPorts = {|CG3011:true|};
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Packages))]
    public Task Explicit_bindings_and_false_are_silent(DockerPackage package) => Verify.VerifyDockerRuleAsync("CG3011", package, """
        using System.Collections.Generic;
        using Docker.DotNet.Models;
        class C
        {
            void M(bool fromConfiguration)
            {
                var a = new HostConfig { PublishAllPorts = false };
                var b = new HostConfig { PublishAllPorts = fromConfiguration };
                var c = new HostConfig
                {
                    PortBindings = new Dictionary<string, IList<PortBinding>> { ["8080/tcp"] = new List<PortBinding> { new PortBinding { HostIP = "127.0.0.1", HostPort = "8080" } } },
                };
            }
        }
        """);
}
