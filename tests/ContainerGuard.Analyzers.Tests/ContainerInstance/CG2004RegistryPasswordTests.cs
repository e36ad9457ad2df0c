using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2004RegistryPasswordTests
{
    [Fact]
    public Task Password_without_identity_fires() => Verify.VerifyAciRuleAsync("CG2004", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string password)
            {
                var a = new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Username = "pull", {|CG2004:Password|} = password };
                var b = new ContainerGroupImageRegistryCredential("contoso.azurecr.io");
                b.Username = "pull";
                b.{|CG2004:PasswordReference|} = "https://contoso.vault.azure.net/secrets/acr";
            }
        }
        """);

    [Fact]
    public Task Identity_and_credentials_handed_elsewhere_are_silent() => Verify.VerifyAciRuleAsync("CG2004", """
        using System;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void Configure(ContainerGroupImageRegistryCredential credential) { }
            ContainerGroupImageRegistryCredential M(string password)
            {
                var a = new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Identity = "/subscriptions/x/resourceGroups/y/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pull" };
                var b = new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Password = password };
                b.IdentityUri = new Uri("https://identity");
                var c = new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Password = password };
                Configure(c);
                return new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Identity = "/subscriptions/x/resourceGroups/y/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pull" };
            }
        }
        """);

    [Fact]
    public Task A_factory_that_returns_the_credential_is_judged_on_what_it_built() => Verify.VerifyAciRuleAsync("CG2004", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            static ContainerGroupImageRegistryCredential Registry(string password) => new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Username = "pull", {|CG2004:Password|} = password };
        }
        """);
}
