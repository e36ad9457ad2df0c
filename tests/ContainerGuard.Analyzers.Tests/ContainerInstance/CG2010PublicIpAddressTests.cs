using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2010PublicIpAddressTests
{
    [Fact]
    public Task Public_addresses_without_a_subnet_fire_whatever_the_spelling() => Verify.VerifyAciRuleAsync("CG2010", """
        using System.Collections.Generic;
        using Azure.Core;
        using Azure.ResourceManager.ContainerInstance;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(IEnumerable<ContainerInstanceContainer> containers)
            {
                var ports = new[] { new ContainerGroupPort(443) };
                var a = new ContainerGroupData(AzureLocation.WestEurope, containers) { IPAddress = new ContainerGroupIPAddress(ports, {|CG2010:ContainerGroupIPAddressType.Public|}) };
                var b = new ContainerGroupData(AzureLocation.WestEurope, containers);
                b.IPAddress = new ContainerGroupIPAddress(ports, {|CG2010:"Public"|});
                var address = new ContainerGroupIPAddress(ports, ContainerGroupIPAddressType.Private);
                address.AddressType = {|CG2010:new ContainerGroupIPAddressType("public")|};
                var c = new ContainerGroupData(AzureLocation.WestEurope, containers) { IPAddress = address };
            }
        }
        """);

    [Fact]
    public Task Private_addresses_subnets_and_groups_handed_elsewhere_are_silent() => Verify.VerifyAciRuleAsync("CG2010", """
        using System.Collections.Generic;
        using Azure.Core;
        using Azure.ResourceManager.ContainerInstance;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void Configure(ContainerGroupData data) { }
            void M(IEnumerable<ContainerInstanceContainer> containers, ResourceIdentifier subnet, ContainerGroupIPAddressType fromConfiguration)
            {
                var ports = new[] { new ContainerGroupPort(443) };
                var a = new ContainerGroupData(AzureLocation.WestEurope, containers) { IPAddress = new ContainerGroupIPAddress(ports, ContainerGroupIPAddressType.Private) };
                var b = new ContainerGroupData(AzureLocation.WestEurope, containers) { IPAddress = new ContainerGroupIPAddress(ports, ContainerGroupIPAddressType.Public) };
                b.SubnetIds.Add(new ContainerGroupSubnetId(subnet));
                var c = new ContainerGroupData(AzureLocation.WestEurope, containers) { IPAddress = new ContainerGroupIPAddress(ports, ContainerGroupIPAddressType.Public) };
                Configure(c);
                var d = new ContainerGroupData(AzureLocation.WestEurope, containers) { IPAddress = new ContainerGroupIPAddress(ports, fromConfiguration) };
                var e = new ContainerGroupData(AzureLocation.WestEurope, containers) { SubnetIds = { new ContainerGroupSubnetId(subnet) }, IPAddress = new ContainerGroupIPAddress(ports, "Public") };
            }
        }
        """);
}
