using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer, ContainerGuard.CodeFixes.Sdk.ReplaceWithSafeValueCodeFix>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2021PrivilegeEscalationTests
{
    [Fact]
    public Task Allowed_escalation_fires() => Verify.VerifyAciRuleAsync("CG2021", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            static readonly bool Allow = true;
            void M(ContainerSecurityContextDefinition context)
            {
                var a = new ContainerSecurityContextDefinition { AllowPrivilegeEscalation = {|CG2021:true|} };
                context.AllowPrivilegeEscalation = {|CG2021:Allow|};
            }
        }
        """);

    [Fact]
    public Task Disallowed_escalation_is_silent() => Verify.VerifyAciRuleAsync("CG2021", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            ContainerSecurityContextDefinition M() => new ContainerSecurityContextDefinition { AllowPrivilegeEscalation = false };
        }
        """);

    [Fact]
    public Task Fix_sets_false() => VerifyFix.VerifyAciFixAsync("CG2021", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            ContainerSecurityContextDefinition M() => new ContainerSecurityContextDefinition { AllowPrivilegeEscalation = {|CG2021:true|} };
        }
        """, """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            ContainerSecurityContextDefinition M() => new ContainerSecurityContextDefinition { AllowPrivilegeEscalation = false };
        }
        """);
}
