using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2012PublicAdministrationPortTests
{
    [Fact]
    public Task Administration_ports_on_a_public_address_fire() => Verify.VerifyAciRuleAsync("CG2012", """
        using System.Collections.Generic;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            const int Ssh = 22;
            void M()
            {
                var a = new ContainerGroupIPAddress(new[] { new ContainerGroupPort({|CG2012:Ssh|}), new ContainerGroupPort(443) }, ContainerGroupIPAddressType.Public);
                var ports = new List<ContainerGroupPort> { new ContainerGroupPort(80) };
                ports.Add(new ContainerGroupPort({|CG2012:3389|}));
                var b = new ContainerGroupIPAddress(ports, "Public");
                b.Ports.Add(new ContainerGroupPort(80) { Port = {|CG2012:2375|} });
            }
        }
        """);

    [Fact]
    public Task Private_addresses_and_ordinary_ports_are_silent() => Verify.VerifyAciRuleAsync("CG2012", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(int port)
            {
                var a = new ContainerGroupIPAddress(new[] { new ContainerGroupPort(22) }, ContainerGroupIPAddressType.Private);
                var b = new ContainerGroupIPAddress(new[] { new ContainerGroupPort(443), new ContainerGroupPort(port) }, ContainerGroupIPAddressType.Public);
                var container = new ContainerInstanceContainer("ssh") { Ports = { new ContainerPort(22) } };
            }
        }
        """);
}
