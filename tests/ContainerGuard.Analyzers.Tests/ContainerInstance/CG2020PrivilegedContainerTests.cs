using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer, ContainerGuard.CodeFixes.Sdk.RemovePropertyAssignmentCodeFix>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2020PrivilegedContainerTests
{
    [Fact]
    public Task Privileged_containers_init_containers_and_profiles_fire() => Verify.VerifyAciRuleAsync("CG2020", """
        using Azure.Core;
        using Azure.ResourceManager.ContainerInstance;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(bool debug)
            {
                var container = new ContainerInstanceContainer("app") { SecurityContext = new ContainerSecurityContextDefinition { IsPrivileged = {|CG2020:true|} } };
                var init = new InitContainerDefinitionContent("init") { SecurityContext = new ContainerSecurityContextDefinition() };
                init.SecurityContext.IsPrivileged = {|CG2020:true|};
                var profile = new ContainerGroupProfileData(AzureLocation.WestEurope) { SecurityContext = new ContainerSecurityContextDefinition { IsPrivileged = {|CG2020:debug ? true : null|} } };
            }
        }
        """);

    [Fact]
    public Task Unset_false_and_unknown_are_silent() => Verify.VerifyAciRuleAsync("CG2020", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(bool? fromConfiguration)
            {
                var a = new ContainerSecurityContextDefinition { IsPrivileged = false, RunAsUser = 1000 };
                var b = new ContainerSecurityContextDefinition { IsPrivileged = fromConfiguration };
            }
        }
        """);

    [Fact]
    public Task Fix_removes_IsPrivileged() => VerifyFix.VerifyAciFixAsync("CG2020", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            ContainerSecurityContextDefinition M() => new ContainerSecurityContextDefinition { RunAsUser = 1000, IsPrivileged = {|CG2020:true|} };
        }
        """, """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            ContainerSecurityContextDefinition M() => new ContainerSecurityContextDefinition { RunAsUser = 1000 };
        }
        """);
}
