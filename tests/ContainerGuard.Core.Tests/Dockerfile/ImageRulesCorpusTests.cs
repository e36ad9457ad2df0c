using ContainerGuard.Tests.Infrastructure;
using Xunit.Abstractions;
using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile;

/// <summary>The image and root rules over the real Dockerfiles of the corpus: no rule fails, and the counts are printed for review.</summary>
public class ImageRulesCorpusTests
{
    private static readonly string[] Ids = { "CG4001", "CG4002", "CG4003", "CG4004", "CG4010", "CG4011", "CG4020", "CG4021", "CG4022", "CG4030", "CG4031" };

    private readonly ITestOutputHelper _output;

    public ImageRulesCorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Image_rules_run_on_every_corpus_dockerfile_without_failing()
    {
        string? folder = Corpus.Folder("dockerfiles");
        Skip.If(folder is null, Corpus.MissingMessage);

        var counts = Ids.ToDictionary(id => id, _ => 0);
        var files = Ids.ToDictionary(id => id, _ => new List<string>());
        int scanned = 0;
        foreach (string path in Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories))
        {
            if (path.EndsWith(".tsv", StringComparison.Ordinal) || path.EndsWith(".md", StringComparison.Ordinal) || path.Contains("LICENSE", StringComparison.Ordinal))
            {
                continue;
            }

            scanned++;
            var findings = Lint(File.ReadAllText(path));
            Assert.DoesNotContain(findings, f => f.RuleId == "CG9004");
            foreach (var finding in findings.Where(f => counts.ContainsKey(f.RuleId)))
            {
                counts[finding.RuleId]++;
                files[finding.RuleId].Add(Path.GetRelativePath(folder!, path) + ":" + finding.Span.Start.Line + " " + finding.Message);
            }
        }

        _output.WriteLine($"{scanned} files");
        foreach (var id in Ids)
        {
            _output.WriteLine($"{id}: {counts[id]} findings in {files[id].Select(f => f.Split(':')[0]).Distinct().Count()} files");
        }

        string? dump = Environment.GetEnvironmentVariable("CONTAINERGUARD_CORPUS_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            File.WriteAllLines(dump, Ids.SelectMany(id => files[id].Select(f => id + " " + f)));
        }

        Assert.True(scanned > 0);
    }
}

public class ImageRulesScaleTests
{
    [Fact]
    public void Thousands_of_stages_stay_fast()
    {
        var text = new System.Text.StringBuilder("ARG BASE=alpine:3.20\n");
        for (int i = 0; i < 5000; i++)
        {
            text.Append("FROM ${BASE} AS s").Append(i).Append('\n');
            if (i > 0)
            {
                text.Append("COPY --from=s").Append(i - 1).Append(" /a /a\n");
            }

            text.Append("USER root\n");
        }

        text.Append("FROM s4999 AS final\nCOPY . /app\nENTRYPOINT [\"/app/run\"]\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = Lint(text.ToString());
        watch.Stop();
        Assert.DoesNotContain(findings, f => f.RuleId == "CG9004");
        Assert.Equal(5000, findings.Count(f => f.RuleId == "CG4001"));
        Assert.Single(findings, f => f.RuleId == "CG4030");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
