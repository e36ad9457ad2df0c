using VerifyCS = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1003CredentialTypeWithLiteralSecretAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.Credentials;

public class CG1003CredentialTypeWithLiteralSecretAnalyzerTests
{
    [Fact]
    public Task Credential_types_fire_on_the_secret_parameter_only() => VerifyCS.VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Http.Headers;
        using Azure;
        using Azure.Identity;
        using Azure.Storage;
        class C
        {
            void M()
            {
                var a = new NetworkCredential("orders", {|CG1003:"Pr0d-pw-1"|});
                var b = new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0b1d7c2e-9f3a-4c52-8e7d-1a2b3c4d5e6f", {|CG1003:"Qx9-secret-value-1"|});
                var c = new UsernamePasswordCredential("me@contoso.com", {|CG1003:"Pr0d-pw-2"|}, "tenant", "client");
                var d = new AzureKeyCredential({|CG1003:"a1b2c3d4e5f6a7b8c9d0"|});
                var e = new AzureNamedKeyCredential("account", {|CG1003:"a1b2c3d4e5f6a7b8c9d1"|});
                var f = new AzureSasCredential({|CG1003:"sv-2022-x-sig-abc123"|});
                var g = new StorageSharedKeyCredential("account", {|CG1003:"a1b2c3d4e5f6a7b8c9d2"|});
                var h = new AuthenticationHeaderValue("Bearer", {|CG1003:"a1b2c3d4e5f6a7b8c9d3"|});
                d.Update({|CG1003:"a1b2c3d4e5f6a7b8c9d4"|});
                var i = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder { DataSource = "db", Password = {|CG1003:"Pr0d-pw-3"|} };
                i.Password = {|CG1003:"Pr0d-pw-4"|};
            }
        }
        """);

    [Fact]
    public Task Ids_paths_and_values_read_at_run_time_are_silent() => VerifyCS.VerifyAsync("""
        using System;
        using System.Net;
        using Azure;
        using Azure.Identity;
        class C
        {
            void M(string secret)
            {
                var a = new NetworkCredential("orders", secret);
                var b = new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0b1d7c2e-9f3a-4c52-8e7d-1a2b3c4d5e6f", Environment.GetEnvironmentVariable("CLIENT_SECRET")!);
                var c = new ClientCertificateCredential("tenant", "client", "/etc/certs/client.pfx");
                var d = new AzureKeyCredential("");
                var e = new NetworkCredential("orders", "<password>");
                var f = new DefaultAzureCredential();
            }
        }
        """);
}
