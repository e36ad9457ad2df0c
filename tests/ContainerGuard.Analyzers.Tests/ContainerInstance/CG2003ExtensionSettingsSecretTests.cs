using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2003ExtensionSettingsSecretTests
{
    [Fact]
    public Task Credentials_in_public_settings_fire() => Verify.VerifyAciRuleAsync("CG2003", """
        using System;
        using System.Collections.Generic;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string key, DeploymentExtensionSpec spec)
            {
                var a = new DeploymentExtensionSpec("logs") { Settings = {|CG2003:BinaryData.FromObjectAsJson(new { workspaceId = "id", workspaceKey = key })|} };
                spec.Settings = {|CG2003:BinaryData.FromString("{\"endpoint\": \"https://x\", \"apiToken\": \"" + key + "\"}")|};
                var settings = new Dictionary<string, string> { ["password"] = key };
                var b = new DeploymentExtensionSpec("x") { Settings = {|CG2003:BinaryData.FromObjectAsJson(settings)|} };
            }
        }
        """);

    [Fact]
    public Task Protected_settings_and_plain_settings_are_silent() => Verify.VerifyAciRuleAsync("CG2003", """
        using System;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string key, BinaryData fromElsewhere)
            {
                var a = new DeploymentExtensionSpec("logs")
                {
                    Settings = BinaryData.FromObjectAsJson(new { workspaceId = "id", logLevel = "info" }),
                    ProtectedSettings = BinaryData.FromObjectAsJson(new { workspaceKey = key }),
                };
                var b = new DeploymentExtensionSpec("x") { Settings = fromElsewhere };
            }
        }
        """);
}
