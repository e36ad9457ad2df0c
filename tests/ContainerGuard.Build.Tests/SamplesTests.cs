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
    [Fact]
    public void SecureApp_builds_without_any_ContainerGuard_finding()
    {
        var (result, log) = BuildSample("SecureApp");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(Codes(result));
        Assert.Contains("ContainerGuard: 1 Dockerfile(s) linted", log);
    }

    [Fact]
    public void InsecureApp_builds_and_reports_its_problems()
    {
        var (result, log) = BuildSample("InsecureApp");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("ContainerGuard: 1 Dockerfile(s) linted", log);
        Assert.DoesNotContain(Codes(result), c => c.StartsWith("CG9", StringComparison.Ordinal));
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

            var result = DotNet.Build(
                sample,
                null,
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
