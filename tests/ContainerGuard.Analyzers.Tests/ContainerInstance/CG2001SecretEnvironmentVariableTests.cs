using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;
using VerifyFix = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer, ContainerGuard.CodeFixes.Sdk.UseSecureValueCodeFix>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2001SecretEnvironmentVariableTests
{
    [Fact]
    public Task Credential_names_given_a_plain_value_fire() => Verify.VerifyAciRuleAsync("CG2001", """
        using System;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            const string DbPassword = "DB_PASSWORD";
            void M(string fromKeyVault)
            {
                var a = new ContainerEnvironmentVariable("DB_PASSWORD") { {|CG2001:Value|} = fromKeyVault };
                var b = new ContainerEnvironmentVariable(DbPassword);
                b.{|CG2001:Value|} = Environment.GetEnvironmentVariable("DB_PASSWORD");
                var c = new ContainerEnvironmentVariable("x") { Name = "ApiKey", {|CG2001:Value|} = "k" };
            }
        }
        """);

    [Fact]
    public Task Secure_values_other_names_and_unknown_names_are_silent() => Verify.VerifyAciRuleAsync("CG2001", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string secret, string name, ContainerEnvironmentVariable fromElsewhere)
            {
                var a = new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValue = secret };
                var b = new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValueReference = "db-password" };
                var c = new ContainerEnvironmentVariable("ASPNETCORE_ENVIRONMENT") { Value = "Production" };
                var d = new ContainerEnvironmentVariable(name) { Value = secret };
                fromElsewhere.Value = secret;
                var e = new ContainerEnvironmentVariable("DB_PASSWORD_FILE") { Value = "/mnt/secrets/db" };
                var f = new ContainerEnvironmentVariable("DB_PASSWORD") { Value = null };
            }
        }
        """);

    [Fact]
    public Task Fix_uses_SecureValue() => VerifyFix.VerifyAciFixAsync("CG2001", """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string secret)
            {
                var a = new ContainerEnvironmentVariable("DB_PASSWORD") { {|CG2001:Value|} = secret };
                a.{|CG2001:Value|} = secret;
            }
        }
        """, """
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string secret)
            {
                var a = new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValue = secret };
                a.SecureValue = secret;
            }
        }
        """);
}
