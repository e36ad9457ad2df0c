using System.Text.Json;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Files;
using ContainerGuard.Dockerfile;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;

namespace ContainerGuard.Tests;

/// <summary>SARIF partial fingerprints: stable across whitespace and line moves, and never derived from a secret.</summary>
public class FingerprintTests
{
    private static readonly Finding Sample = new(DockerfileRuleDescriptors.ImageFromDockerHub, "Dockerfile", new LinePositionSpan(1, 6, 1, 12), "m", Severity.Warning);

    [Fact]
    public void Whitespace_does_not_change_a_fingerprint_but_the_text_does()
    {
        Assert.Equal(Fingerprints.Of(Sample, "FROM ubuntu"), Fingerprints.Of(Sample, "  FROM \t ubuntu  "));
        Assert.NotEqual(Fingerprints.Of(Sample, "FROM ubuntu"), Fingerprints.Of(Sample, "FROM debian"));
        Assert.NotEqual(Fingerprints.Of(Sample, "FROM ubuntu"), Fingerprints.Of(Sample.WithPath("other/Dockerfile"), "FROM ubuntu"));
    }

    [Theory]
    [InlineData("ENV API_KEY=first-value-aaaaaaaa", "ENV API_KEY=second-value-bbbbbbb")]
    public void A_line_with_a_secret_finding_is_fingerprinted_from_the_message_not_the_line(string before, string after)
    {
        // Reports a secret finding on line 1 with a message that names only the key, as the real rules do.
        var linters = FileLinterSet.Default.With(FileKind.Dockerfile, (path, content, options) =>
        {
            var text = new SourceText(content);
            var collector = new FindingCollector(path, text, options.Configuration);
            collector.Report(DockerfileRuleDescriptors.SecretInEnvOrArg, TextSpan.FromBounds(0, text.GetLineEnd(0)), "ENV API_KEY holds a credential.");
            collector.Report(DockerfileRuleDescriptors.ImageFromDockerHub, TextSpan.FromBounds(text.GetLineStart(1), text.GetLineEnd(1)), "Docker Hub.");
            return collector.Findings;
        });
        using var first = new TempTree().With("Dockerfile", before + "\nFROM ubuntu\n");
        using var second = new TempTree().With("Dockerfile", after + "\nFROM ubuntu\n");

        string[] Fingerprints(TempTree tree)
        {
            var run = CliRunner.Run(tree.Root, linters, "scan", "--format", "sarif");
            using var sarif = JsonDocument.Parse(run.Output);
            return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString() + "=" + r.GetProperty("partialFingerprints").GetProperty(ContainerGuard.Cli.Scanning.Fingerprints.SarifKey).GetString())
                .ToArray();
        }

        var a = Fingerprints(first);
        var b = Fingerprints(second);

        Assert.Equal(2, a.Length);
        Assert.Equal(a, b);
        Assert.Equal(
            "CG4040=" + ContainerGuard.Cli.Scanning.Fingerprints.Of(new Finding(DockerfileRuleDescriptors.SecretInEnvOrArg, "Dockerfile", default, "ENV API_KEY holds a credential.", Severity.Error), lineText: null) + ":1",
            a[0]);
    }
}
