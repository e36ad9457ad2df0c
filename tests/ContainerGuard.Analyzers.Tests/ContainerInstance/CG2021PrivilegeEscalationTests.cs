using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.CG2021PrivilegeEscalationAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.CG2021PrivilegeEscalationAnalyzer, ContainerGuard.CodeFixes.Sdk.DisallowPrivilegeEscalationCodeFix>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2021PrivilegeEscalationTests
{
    [Fact]
    public Task Allowed_escalation_fires() => Verify.VerifyAciAsync("""
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
    public Task Disallowed_escalation_is_silent() => Verify.VerifyAciAsync("""
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            ContainerSecurityContextDefinition M() => new ContainerSecurityContextDefinition { AllowPrivilegeEscalation = false };
        }
        """);

    [Fact]
    public Task Fix_sets_false() => VerifyFix.VerifyAciFixAsync("""
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
