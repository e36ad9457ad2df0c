using System.Text.Json;
using ContainerGuard.Dockerfile;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>A secret found in a Dockerfile is reported, and its value appears in no output format.</summary>
public class SecretOutputTests
{
    // Random values, not documentation examples, so no placeholder heuristic can excuse them.
    private const string Password = "Zq8vR2mX7tKp4LwN9sYc";
    private const string GitHubToken = "ghp_R7c2Lq9XwVz4Tn8Kd3Mh6Jp1Fs5Gb0Ya2Ue4";

    private const string Dockerfile =
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n" +
        "ENV DB_PASSWORD=" + Password + "\n" +
        "ARG GITHUB_TOKEN=" + GitHubToken + "\n" +
        "USER app\n";

    private static bool SecretRulesRegistered => DockerfileRules.All.SelectMany(r => r.SupportedRules).Any(d => d.Concern == Concern.Secret);

    [SkippableTheory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Secret_is_reported_and_never_printed(string format)
    {
        Skip.IfNot(SecretRulesRegistered, "No Dockerfile secret rule is registered yet (branch 'secrets' not merged).");
        using var tree = new TempTree().With("Dockerfile", Dockerfile);

        var run = CliRunner.Run(tree.Root, "scan", "--format", format, "--severity-threshold", "error");
        var json = CliRunner.Run(tree.Root, "scan", "--format", "json");

        using var findings = JsonDocument.Parse(json.Output);
        var secretLines = findings.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("concern").GetString() == "secret")
            .Select(f => f.GetProperty("line").GetInt32())
            .ToArray();
        Assert.Contains(2, secretLines);
        Assert.Contains(3, secretLines);
        Assert.Equal(1, run.ExitCode);
        AssertNoPartOf(Password, run.All);
        AssertNoPartOf(GitHubToken, run.All);
    }

    /// <summary>No 6-character piece of the secret appears (a redacted form shows at most the first 3).</summary>
    private static void AssertNoPartOf(string secret, string output)
    {
        for (int i = 0; i + 6 <= secret.Length; i++)
        {
            // The message names the offset only: printing the piece would print part of the secret.
            Assert.False(output.Contains(secret.Substring(i, 6), StringComparison.Ordinal), $"Output contains part of a planted secret (offset {i}).");
        }
    }
}
