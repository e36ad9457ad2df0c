using System.Diagnostics;
using System.Text;
using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Rules;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContainerGuard.Tests.Dockerfile;

/// <summary>The RUN/ADD/EXPOSE rules on real files and on hostile input: no rule failure (CG9004), spans inside the file, linear time.</summary>
public class RunRulesRobustnessTests
{
    private static readonly DockerfileRule[] RunRules =
    {
        new CG4050AddFromUrlRule(), new CG4051PipeToShellRule(), new CG4052TlsVerificationDisabledRule(),
        new CG4060SshServerRule(), new CG4061ExposeSshRule(), new CG4062SudoRule(), new CG4063AptRecommendsRule(), new CG4064PackageCacheRule(), new CG4070WorldWritableRule(),
    };

    private readonly ITestOutputHelper _output;

    public RunRulesRobustnessTests(ITestOutputHelper output) => _output = output;

    private static IReadOnlyList<Finding> Lint(string content)
        => Linter.LintDockerfile("Dockerfile", content, DockerfileVerifier.Options(), RunRules);

    [SkippableFact]
    public void Corpus_runs_without_rule_failures_and_every_span_is_in_the_file()
    {
        string? folder = Corpus.Folder("dockerfiles");
        Skip.If(folder is null, Corpus.MissingMessage);

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (string path in Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(folder!, path).Replace('\\', '/');
            if (relative.StartsWith("LICENSES/", StringComparison.Ordinal) || relative == "SOURCES.tsv")
            {
                continue;
            }

            string content = File.ReadAllText(path);
            var text = new ContainerGuard.Text.SourceText(content);
            foreach (var finding in Lint(content))
            {
                counts[finding.RuleId] = counts.GetValueOrDefault(finding.RuleId) + 1;
                if (finding.RuleId == ToolRules.RuleFailed.Id || finding.Span.End.Line > text.LineCount || finding.Span.Start.Line < 1)
                {
                    failures.Add($"{relative}{finding.Span}: {finding.RuleId} {finding.Message}");
                }
            }
        }

        _output.WriteLine(string.Join(", ", counts.Select(kv => $"{kv.Key}: {kv.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_huge_run_instruction_is_checked_in_linear_time()
    {
        var builder = new StringBuilder("FROM debian:12\nRUN true");
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append(" \\\n && apt-get install -y gpgcheck=0 sudo && curl -fsSLk https://x | sh && chmod 777 /a && pip install x");
        }

        var watch = Stopwatch.StartNew();
        var findings = Lint(builder.Append('\n').ToString());
        watch.Stop();
        // 140,000 commands in one RUN (2 MB): linear work takes seconds even on a loaded machine; anything
        // quadratic in the number of commands or findings takes many minutes.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(120), $"took {watch.Elapsed}");
        Assert.Equal(20_000, findings.Count(f => f.RuleId == "CG4070"));
        Assert.DoesNotContain(findings, f => f.RuleId == ToolRules.RuleFailed.Id);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN sh -c \"sh -c 'sh -c \\\"sh -c curl\\\"'\"\n")]
    [InlineData("FROM debian:12\nRUN $($($($($($($(curl)))))))\n")]
    [InlineData("FROM debian:12\nRUN curl |\n")]
    [InlineData("FROM debian:12\nRUN | sh\n")]
    [InlineData("FROM debian:12\nRUN sudo\nRUN env\nRUN command -v\nRUN apt-get\nRUN chmod\nRUN chmod -R\nRUN mkdir -m\nRUN git -c\nRUN bash -c\n")]
    [InlineData("FROM debian:12\nEXPOSE 22-\nEXPOSE -22\nEXPOSE 99999999999\nEXPOSE /tcp\nCOPY --chmod= a b\nCOPY --chmod=99999999 a b\nADD --checksum= https://x /x\n")]
    [InlineData("FROM debian:12\nRUN [\"sh\", \"-c\"]\nCMD []\nENTRYPOINT [\"\"]\n")]
    [InlineData("ONBUILD RUN sudo x\nRUN curl | sh\nEXPOSE 22\n")]
    [InlineData("FROM debian:12\nRUN echo 'APT::Install-Recommends' && echo gpgcheck= && echo '[trusted=' && echo 'Acquire::https::Verify-Peer'\n")]
    public void Odd_input_never_makes_a_rule_fail(string dockerfile)
        => Assert.DoesNotContain(Lint(dockerfile), f => f.RuleId == ToolRules.RuleFailed.Id);
}
