using System.Text.RegularExpressions;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// <c>dotnet build samples/…</c> as a user would run it on a clone: the samples build the task and the
/// analyzers from source (samples/Directory.Build.*) and must show ContainerGuard's findings, or none.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class SamplesTests
{
    [SkippableFact]
    public void SecureApp_builds_without_any_ContainerGuard_finding()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var (result, log) = BuildSample("SecureApp");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(Codes(result));
        Assert.Contains("ContainerGuard: 1 file(s) linted", log);
    }

    [SkippableFact]
    public void InsecureApp_reports_every_problem_it_was_written_with()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var (result, log) = BuildSample("InsecureApp");

        // Secrets in a Dockerfile are errors by default; the sample's containerguard.json lowers them to warnings so
        // that the build completes and shows everything.
        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("ContainerGuard: 1 file(s) linted", log);
        var codes = Codes(result);
        string[] expected =
        {
            "CG1001", "CG1002", "CG1003", "CG1010", "CG1011", // C#: credential name, connection string, NetworkCredential, TLS, http
            "CG2001", "CG2002", "CG2003", "CG2004",           // ACI SDK: secrets and registry password
            "CG2010", "CG2011", "CG2012",                     // public IP, DNS label reuse, port 22
            "CG2020", "CG2021", "CG2022", "CG2023",           // privileged, escalation, capabilities, root
            "CG2030", "CG2034", "CG2036", "CG2040",           // images, no Log Analytics
            "CG3001", "CG3002", "CG3003",                     // Docker.DotNet: registry password, env secret, plain tcp
            "CG3010", "CG3011", "CG3020", "CG3021", "CG3022", // host network, all ports, privileged, capabilities, seccomp
            "CG3023", "CG3024", "CG3025", "CG3026",           // host pid, docker socket, devices, root
            "CG3030", "CG3034", "CG3036",                     // images
            "CG4001", "CG4010", "CG4011", "CG4020", "CG4030", // Docker Hub, latest, no digest, full distro, USER root
            "CG4040", "CG4042",                               // secrets in ENV and ARG
            "CG4050", "CG4051",                               // ADD <url>, curl | sh
            "CG4060", "CG4061", "CG4062", "CG4063", "CG4064", // sshd, EXPOSE 22, sudo, recommends, apt lists
            "CG4070",                                         // chmod 777
            "CG6001", "CG6010", "CG6020", "CG6030",           // ContainerBaseImage, ContainerImageTags, ContainerUser
        };
        Assert.Empty(expected.Except(codes));
        Assert.DoesNotContain(codes, c => c.StartsWith("CG9", StringComparison.Ordinal));
        Assert.Matches(@"InsecureApp[/\\]Dockerfile\(5,6,5,19\): warning CG4001: ", result.Output);
        Assert.Matches(@"InsecureApp[/\\]InsecureApp\.csproj\(16,20,16,24\): warning CG6030: ", result.Output);
        Assert.Matches(@"InsecureApp[/\\]Dockerfile\(17,20,17,36\): warning CG4040: ", result.Output);
        Assert.Matches(@"InsecureApp[/\\]ContainerDeployments\.cs\(25,94\): warning CG2001: ", result.Output);
        Assert.Matches(@"InsecureApp[/\\]ContainerDeployments\.cs\(28,117\): warning CG2010: ", result.Output);
        Assert.Matches(@"InsecureApp[/\\]ContainerDeployments\.cs\(60,40\): warning CG3024: ", result.Output);

        // The fake credentials are never printed, only a redacted form.
        foreach (string secret in new[] { "Qv7Lm2Xk9Pz4Rt8W", "Tq83Winter2026Rk", "Jd83kLq0Zp2Xv7Nc5Rt9Bw4Ym6Hs1Fa", "Tr0ub4dor&3x", "Pr0d-Db-pw", "Winter2024!x", "k3y-9f8e7d6c5b4a", "Tr0ub4dor-registry", "Pr0d-db-pw-41" })
        {
            Assert.False(result.Output.Contains(secret, StringComparison.Ordinal), $"A fake credential of {secret.Length} characters was printed by the build.");
        }
    }

    private static (DotNetResult Result, string DetailedLog) BuildSample(string name)
    {
        string log = Path.Combine(Path.GetTempPath(), $"cg-sample-{name}-{Guid.NewGuid():N}.log");
        try
        {
            // The findings must come from linting now, not from an earlier build's cache.
            string sample = Path.Combine(Repository.Root, "samples", name);
            foreach (string cache in Directory.Exists(Path.Combine(sample, "obj")) ? Directory.GetFiles(Path.Combine(sample, "obj"), "containerguard.cache", SearchOption.AllDirectories) : Array.Empty<string>())
            {
                File.Delete(cache);
            }

            // --no-incremental: the analyzers only speak when the compiler runs, and an earlier build of the
            // sample would otherwise leave nothing to compile.
            var result = DotNet.Build(
                sample,
                null,
                "--no-incremental",
                "-flp:verbosity=detailed;logfile=" + log);
            return (result, File.Exists(log) ? File.ReadAllText(log) : string.Empty);
        }
        finally
        {
            File.Delete(log);
        }
    }

    /// <summary>The CG codes reported, each once, sorted.</summary>
    private static string[] Codes(DotNetResult result)
        => Regex.Matches(result.Output, @": (?:warning|error|message) (CG\d{4}):").Select(m => m.Groups[1].Value).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray();
}
