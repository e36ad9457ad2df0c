using System.Globalization;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Dockerfile;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContainerGuard.Tests;

/// <summary>
/// Every rule over the 940 real Dockerfiles of the corpus: nothing throws, nothing is left unchecked (no CG9xxx),
/// and no rule reports more than the ceiling recorded when its findings were last reviewed by hand
/// (corpus-review.tsv). A rule that grows noisier fails here; raising a ceiling is a deliberate, reviewed edit.
/// </summary>
public class CorpusReviewTests
{
    private const string CeilingsFile = "corpus-review.tsv";

    private readonly ITestOutputHelper _output;

    public CorpusReviewTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void All_rules_over_the_Dockerfile_corpus_stay_within_reviewed_ceilings()
    {
        string? folder = Corpus.Folder("dockerfiles");
        Skip.If(folder is null, Corpus.MissingMessage);

        var files = Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories)
            .Where(p => ContainerGuard.Files.DockerfileNames.IsDockerfileName(Path.GetFileName(p)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        var options = new LintOptions(Configuration.ContainerGuardConfiguration.Default, TestClock.Now);
        var findings = new List<Finding>();
        var exceptions = new List<string>();
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(folder!, file);
            try
            {
                findings.AddRange(Linter.LintDockerfile(relative, File.ReadAllText(file), options));
            }
            catch (Exception ex)
            {
                exceptions.Add($"{relative}: {ex.GetType().Name}");
            }
        }

        var counts = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Findings: g.Count(), Files: g.Select(f => f.Path).Distinct().Count()), StringComparer.Ordinal);
        _output.WriteLine($"{files.Length} files, {DockerfileRules.All.Count} Dockerfile rules registered, {findings.Count} findings (clock {TestClock.Now:yyyy-MM-dd})");
        foreach (var rule in RuleCatalog.All.Where(r => r.Surface is Surface.Dockerfile or Surface.Tool))
        {
            counts.TryGetValue(rule.Id, out var count);
            _output.WriteLine($"{rule.Id}\t{count.Findings,5} findings\t{count.Files,4} files\t{rule.Title}");
        }

        var ceilings = ReadCeilings();
        var problems = new List<string>();
        problems.AddRange(exceptions.Select(e => "exception: " + e));
        problems.AddRange(findings.Where(f => f.Rule.Surface == Surface.Tool).Select(f => $"{f.RuleId} on {f.Path}{f.Span}: {f.Message}"));
        foreach (var pair in counts.Where(p => !p.Key.StartsWith("CG9", StringComparison.Ordinal)))
        {
            if (!ceilings.TryGetValue(pair.Key, out int ceiling))
            {
                problems.Add($"{pair.Key}: {pair.Value.Findings} findings and no reviewed ceiling in {CeilingsFile}; review them and add a row");
            }
            else if (pair.Value.Findings > ceiling)
            {
                problems.Add($"{pair.Key}: {pair.Value.Findings} findings, above the reviewed ceiling {ceiling}; review the new ones (false positives?) before raising it");
            }
        }

        Assert.Equal(940, files.Length);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Ceilings_file_names_known_rules_with_counts_dates_and_notes()
    {
        foreach (var row in ReadRows())
        {
            Assert.True(RuleCatalog.Find(row[0]) is not null, $"{CeilingsFile}: unknown rule {row[0]}");
            Assert.True(int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out _), $"{CeilingsFile}: count of {row[0]} is not a number");
            Assert.True(DateTime.TryParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{CeilingsFile}: reviewed-on of {row[0]} is not yyyy-MM-dd");
            Assert.False(string.IsNullOrWhiteSpace(row[3]), $"{CeilingsFile}: {row[0]} has no review note");
        }
    }

    private static Dictionary<string, int> ReadCeilings()
        => ReadRows().ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>Rows of rule, count, reviewed-on, note; '#' lines and the header are skipped.</summary>
    private static IEnumerable<string[]> ReadRows()
    {
        string path = Path.Combine(AppContext.BaseDirectory, CeilingsFile);
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("rule\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            Assert.True(columns.Length == 4, $"{CeilingsFile}: expected 4 tab-separated columns: {line}");
            yield return columns;
        }
    }
}
