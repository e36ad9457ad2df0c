using ContainerGuard.Analyzers.Tests.Infrastructure;

namespace ContainerGuard.Analyzers.Tests;

public class SecretNeverPrintedTests
{
    private static readonly string[] Secrets =
    {
        "Tr0ub4dor-x9", "Pr0d-Db-pw-77", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "Qx9-secret-value-1", "a1b2c3d4e5f6a7b8c9d3", "S3cr3tPw-url",
    };

    [Fact]
    public async Task No_message_contains_a_secret_value()
    {
        var source = $$"""
            using System.Net;
            using System.Net.Http.Headers;
            using Azure.Identity;
            class C
            {
                const string AdminPassword = "{{Secrets[0]}}";
                string cs = "Server=db;Password={{Secrets[1]}};";
                string token = "{{Secrets[2]}}";
                ClientSecretCredential credential = new("tenant", "client", "{{Secrets[3]}}");
                AuthenticationHeaderValue header = new("Bearer", "{{Secrets[4]}}");
                string url = "http://deploy:{{Secrets[5]}}@orders.azurecr.io/v2/";
            }
            """;
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(
            AllAnalyzers.Create(),
            source);

        Assert.True(diagnostics.Count >= Secrets.Length, "expected a finding per secret, got " + diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage();
            foreach (var secret in Secrets)
            {
                // Assert.DoesNotContain would print the secret on failure; report the index only.
                Assert.True(message.IndexOf(secret, StringComparison.Ordinal) < 0, $"{diagnostic.Id} message contains secret #{Array.IndexOf(Secrets, secret)}");
            }
        }
    }
}
