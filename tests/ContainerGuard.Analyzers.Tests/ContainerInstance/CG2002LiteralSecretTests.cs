using ContainerGuard.Analyzers.Tests.Infrastructure;
using Verify = ContainerGuard.Analyzers.Tests.Infrastructure.SdkVerifier<ContainerGuard.Analyzers.ContainerInstance.ContainerInstanceAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.ContainerInstance;

public class CG2002LiteralSecretTests
{
    [Fact]
    public Task Literal_secrets_in_every_sink_fire() => Verify.VerifyAciRuleAsync("CG2002", """
        using System.Collections.Generic;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            private static readonly string StorageSecret = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4";
            void M(ContainerGroupImageRegistryCredential credential)
            {
                var env = new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValue = {|CG2002:"Pr0d-db-pw-7"|} };
                var plain = new ContainerEnvironmentVariable("DB_PASSWORD") { Value = {|CG2002:"Pr0d-db-pw-8"|} };
                var embedded = new ContainerEnvironmentVariable("JAVA_OPTS") { Value = {|CG2002:"-Xmx1g -Ddb.password=Qv7Lm2Xk9Pz4"|} };
                credential.Password = {|CG2002:"Tr0ub4dor-registry"|};
                var files = new ContainerInstanceAzureFileVolume("share", "contosostorage") { StorageAccountKey = {|CG2002:StorageSecret|} };
                var logs = new ContainerGroupLogAnalytics("2a3b4c5d-0000-4000-8000-000000000001", {|CG2002:"w0rkspace-Key-9f8e7d6c5b4a"|});
                logs.WorkspaceKey = {|CG2002:"w0rkspace-Key-9f8e7d6c5b4b"|};
                var volume = new ContainerVolume("secrets") { Secret = { ["db-password"] = {|CG2002:"UHIwZC1kYi1wdy05"|} } };
                volume.Secret.Add("api-key", {|CG2002:"azNZLTlmOGU3ZDZjNWI0YQ=="|});
            }
        }
        """);

    [Fact]
    public Task Values_read_at_run_time_references_and_placeholders_are_silent() => Verify.VerifyAciRuleAsync("CG2002", """
        using System;
        using Azure.ResourceManager.ContainerInstance.Models;
        class C
        {
            void M(string secret, string key)
            {
                var env = new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValue = secret };
                var other = new ContainerEnvironmentVariable("LOG_LEVEL") { Value = "Information" };
                var credential = new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Username = "pull", Password = Environment.GetEnvironmentVariable("ACR_PASSWORD") };
                var files = new ContainerInstanceAzureFileVolume("share", "contosostorage") { StorageAccountKeyReference = "https://contoso.vault.azure.net/secrets/storage" };
                var logs = new ContainerGroupLogAnalytics("2a3b4c5d-0000-4000-8000-000000000001", key);
                var volume = new ContainerVolume("secrets") { SecretReference = { ["db-password"] = "https://contoso.vault.azure.net/secrets/db" } };
                var placeholder = new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValue = "<password>" };
            }
        }
        """);

    [Fact]
    public async Task CG1001_leaves_the_SDK_sinks_to_CG2002()
    {
        const string source = """
            using Azure.ResourceManager.ContainerInstance.Models;
            class C
            {
                void M(ContainerGroupImageRegistryCredential credential)
                {
                    credential.Password = "Tr0ub4dor-registry";
                    var files = new ContainerInstanceAzureFileVolume("share", "contosostorage") { StorageAccountKey = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4" };
                    var logs = new ContainerGroupLogAnalytics("id", "w0rkspace-Key-9f8e7d6c5b4a");
                    var volume = new ContainerVolume("secrets") { Secret = { ["password"] = "UHIwZC1kYi1wdy05" } };
                }
            }
            """;
        Assert.Empty(await SdkVerifier<ContainerGuard.Analyzers.Credentials.CG1001HardCodedCredentialAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.ContainerInstance));
        Assert.Empty(await SdkVerifier<ContainerGuard.Analyzers.Credentials.CG1003CredentialTypeWithLiteralSecretAnalyzer>.GetDiagnosticsAsync(source, SdkReferences.ContainerInstance));
    }
}
