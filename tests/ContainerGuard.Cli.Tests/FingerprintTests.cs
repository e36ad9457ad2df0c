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

/// <summary>The pooled-buffer fingerprint equals the original StringBuilder + platform SHA-256 construction on any input.</summary>
public class FingerprintConstructionTests
{
    private static string Reference(Finding finding, string? lineText)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(finding.RuleId).Append('\n');
        builder.Append(finding.Path.Replace('\\', '/')).Append('\n');
        if (lineText is null)
        {
            builder.Append("message:").Append(finding.Message);
        }
        else
        {
            builder.Append("line:");
            bool pendingSpace = false;
            foreach (char c in lineText)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && builder[builder.Length - 1] != ':')
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
        }

        byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash, 0, 16);
    }

    [Fact]
    public void Matches_the_reference_on_random_lines_paths_and_messages()
    {
        // White space of every kind, colons, non-ASCII, astral characters and lone surrogates, backslashes in paths.
        const string alphabet = "ab :\t\u00a0\u2003\r\\/\u00e9\u2603\ud83d\ude00\ud800\udc00xyz=\"'$";
        var random = new Random(7);
        string Next(int max)
        {
            var chars = new char[random.Next(max)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        for (int i = 0; i < 2_000; i++)
        {
            var finding = new Finding(DockerfileRuleDescriptors.ImageFromDockerHub, Next(40), default, Next(200), Severity.Warning);
            string? line = i % 3 == 0 ? null : Next(i % 7 == 0 ? 5_000 : 300);

            Assert.Equal(Reference(finding, line), Fingerprints.Of(finding, line));
        }
    }
}
