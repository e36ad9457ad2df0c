using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2040NoLogAnalyticsTests
{
    [Fact]
    public Task Groups_created_without_diagnostics_fire() => Verify.VerifyAciRuleAsync("CG2040", """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager.ContainerInstance;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            static ContainerGroupData Build(IEnumerable<ContainerInstanceContainer> containers)
            {
                var data = new ContainerGroupData(AzureLocation.WestEurope, containers);
                data.RestartPolicy = ContainerGroupRestartPolicy.Never;
                return data;
            }

            async Task M(ContainerGroupCollection groups, IEnumerable<ContainerInstanceContainer> containers)
            {
                var data = new ContainerGroupData(AzureLocation.WestEurope, containers);
                groups.CreateOrUpdate(WaitUntil.Completed, "app", {|CG2040:data|});
                await groups.CreateOrUpdateAsync(WaitUntil.Completed, "job", {|CG2040:Build(containers)|});
            }
        }
        """);

    [Fact]
    public Task Groups_with_diagnostics_or_from_elsewhere_are_silent() => Verify.VerifyAciRuleAsync("CG2040", """
        using System.Collections.Generic;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager.ContainerInstance;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void Configure(ContainerGroupData data) { }
            void M(ContainerGroupCollection groups, IEnumerable<ContainerInstanceContainer> containers, ContainerGroupData fromCaller, string key)
            {
                var a = new ContainerGroupData(AzureLocation.WestEurope, containers) { DiagnosticsLogAnalytics = new ContainerGroupLogAnalytics("workspace-id", key) };
                groups.CreateOrUpdate(WaitUntil.Completed, "a", a);
                var b = new ContainerGroupData(AzureLocation.WestEurope, containers);
                b.DiagnosticsLogAnalytics = new ContainerGroupLogAnalytics("workspace-id", key);
                groups.CreateOrUpdate(WaitUntil.Completed, "b", b);
                groups.CreateOrUpdate(WaitUntil.Completed, "c", fromCaller);
                var d = new ContainerGroupData(AzureLocation.WestEurope, containers);
                Configure(d);
                groups.CreateOrUpdate(WaitUntil.Completed, "d", d);
            }
        }
        """);
}
