using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2022AddedCapabilityTests
{
    [Fact]
    public Task Added_capabilities_fire() => Verify.VerifyAciRuleAsync("CG2022", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(ContainerSecurityContextCapabilitiesDefinition capabilities)
            {
                var a = new ContainerSecurityContextDefinition { Capabilities = new ContainerSecurityContextCapabilitiesDefinition { Add = { {|CG2022:"SYS_ADMIN"|}, "CHOWN" } } };
                capabilities.Add.Add({|CG2022:"NET_ADMIN"|});
            }
        }
        """);

    [Fact]
    public Task Dropped_and_default_capabilities_are_silent() => Verify.VerifyAciRuleAsync("CG2022", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M()
            {
                var a = new ContainerSecurityContextCapabilitiesDefinition { Add = { "NET_BIND_SERVICE" }, Drop = { "ALL", "SYS_ADMIN" } };
            }
        }
        """);
}
