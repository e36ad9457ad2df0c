using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2023RunAsRootTests
{
    [Fact]
    public Task Uid_zero_fires() => Verify.VerifyAciRuleAsync("CG2023", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            const int Root = 0;
            void M(ContainerSecurityContextDefinition context)
            {
                var a = new ContainerSecurityContextDefinition { RunAsUser = {|CG2023:0|} };
                context.RunAsUser = {|CG2023:Root|};
            }
        }
        """);

    [Fact]
    public Task Other_users_and_group_zero_are_silent() => Verify.VerifyAciRuleAsync("CG2023", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(int uid)
            {
                var a = new ContainerSecurityContextDefinition { RunAsUser = 1000, RunAsGroup = 0 };
                var b = new ContainerSecurityContextDefinition { RunAsUser = uid };
                var c = new ContainerSecurityContextDefinition { RunAsUser = null };
            }
        }
        """);
}
