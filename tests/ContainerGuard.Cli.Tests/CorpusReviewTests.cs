using System.Globalization;
using ContainerGuard.Catalog;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Configuration;
using ContainerGuard.Dockerfile;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContainerGuard.Tests;

/// <summary>
/// Every rule over the 940 real Dockerfiles of the corpus: nothing throws, nothing is left unchecked (no CG9xxx), and
/// each rule reports between the floor and the ceiling recorded when its findings were last reviewed by hand
/// (corpus-review.tsv, format in its header). A rule that grows noisier fails (above its ceiling); a rule that falls
/// silent or loses findings fails too (below its floor). Moving either bound is a deliberate, reviewed edit. Rules
/// that need approved lists to fire are counted in a second pass with the lists of <see cref="Configurations"/>.
/// </summary>
public class CorpusReviewTests
{
    private const string ReviewFile = "corpus-review.tsv";

    /// <summary>The configurations the corpus is linted with, by the name the review file's second column uses.</summary>
    private static readonly Dictionary<string, ContainerGuardConfiguration> Configurations = new(StringComparer.Ordinal)
    {
        ["default"] = ContainerGuardConfiguration.Default,
        ["approved-lists"] = new ContainerGuardConfiguration(approvedRegistries: new[] { "mcr.microsoft.com" }, approvedBaseImages: new[] { "mcr.microsoft.com/dotnet/*" }),
    };

    private readonly ITestOutputHelper _output;

    public CorpusReviewTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void All_rules_over_the_Dockerfile_corpus_stay_within_reviewed_floors_and_ceilings()
    {
        string? folder = Corpus.Folder("dockerfiles");
        Skip.If(folder is null, Corpus.MissingMessage);

        var files = Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories)
            .Where(p => ContainerGuard.Files.DockerfileNames.IsDockerfileName(Path.GetFileName(p)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Relative: Path.GetRelativePath(folder!, p), Text: File.ReadAllText(p)))
            .ToArray();
        Assert.Equal(940, files.Length);

        var rows = ReadRows().ToList();
        var problems = new List<string>();
        foreach (var (configurationName, configuration) in Configurations)
        {
            var findings = Lint(files, configuration, problems);
            var counts = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (Findings: g.Count(), Files: g.Select(f => f.Path).Distinct().Count()), StringComparer.Ordinal);
            _output.WriteLine($"{configurationName}: {files.Length} files, {DockerfileRules.All.Count} Dockerfile rules registered, {findings.Count} findings (clock {TestClock.Now:yyyy-MM-dd})");
            foreach (var rule in RuleCatalog.All.Where(r => r.Surface is Surface.Dockerfile or Surface.Tool))
            {
                counts.TryGetValue(rule.Id, out var count);
                _output.WriteLine($"  {rule.Id}\t{count.Findings,5} findings\t{count.Files,4} files\t{rule.Title}");
            }

            problems.AddRange(findings.Where(f => f.Rule.Surface == Surface.Tool).Select(f => $"{configurationName}: {f.RuleId} on {f.Path}{f.Span}: {f.Message}"));
            foreach (var row in rows.Where(r => r.Configuration == configurationName))
            {
                counts.TryGetValue(row.Rule, out var count);
                if (count.Findings > row.Ceiling)
                {
                    problems.Add($"{row.Rule} ({configurationName}): {count.Findings} findings, above the reviewed ceiling {row.Ceiling}; review the new ones (false positives?) before raising it");
                }
                else if (count.Findings < row.Floor)
                {
                    problems.Add($"{row.Rule} ({configurationName}): {count.Findings} findings, below the reviewed floor {row.Floor}; the rule lost true findings (or fell silent) — find out why before lowering it");
                }
            }

            foreach (var id in counts.Keys.Where(id => !id.StartsWith("CG9", StringComparison.Ordinal) && !rows.Any(r => r.Rule == id)))
            {
                problems.Add($"{id}: {counts[id].Findings} findings ({configurationName}) and no reviewed row in {ReviewFile}; review them and add one");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Review_file_has_one_well_formed_row_per_Dockerfile_rule()
    {
        var rows = ReadRows().ToList();
        foreach (var row in rows)
        {
            Assert.True(RuleCatalog.Find(row.Rule) is { Surface: Surface.Dockerfile }, $"{ReviewFile}: {row.Rule} is not a Dockerfile rule");
            Assert.True(Configurations.ContainsKey(row.Configuration), $"{ReviewFile}: {row.Rule} names the unknown configuration '{row.Configuration}'");
            Assert.True(row.Floor <= row.Ceiling, $"{ReviewFile}: {row.Rule} has its floor above its ceiling");
            Assert.False(string.IsNullOrWhiteSpace(row.Note), $"{ReviewFile}: {row.Rule} has no review note");
        }

        var missing = RuleCatalog.All.Where(r => r.Surface == Surface.Dockerfile).Select(r => r.Id).Except(rows.Select(r => r.Rule));
        Assert.Empty(missing);
        Assert.Equal(rows.Count, rows.Select(r => r.Rule).Distinct().Count());
    }

    private static List<Finding> Lint((string Relative, string Text)[] files, ContainerGuardConfiguration configuration, List<string> problems)
    {
        var options = new LintOptions(configuration, TestClock.Now);
        var findings = new List<Finding>();
        foreach (var (relative, text) in files)
        {
            try
            {
                findings.AddRange(Linter.LintDockerfile(relative, text, options));
            }
            catch (Exception ex)
            {
                problems.Add($"exception: {relative}: {ex.GetType().Name}");
            }
        }

        return findings;
    }

    private sealed record ReviewRow(string Rule, string Configuration, int Floor, int Ceiling, string Note);

    /// <summary>Rows of rule, configuration, floor, ceiling, reviewed-on, note; '#' lines and the header are skipped.</summary>
    private static IEnumerable<ReviewRow> ReadRows()
    {
        string path = Path.Combine(AppContext.BaseDirectory, ReviewFile);
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("rule\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            Assert.True(columns.Length == 6, $"{ReviewFile}: expected 6 tab-separated columns: {line}");
            Assert.True(int.TryParse(columns[2], NumberStyles.None, CultureInfo.InvariantCulture, out int floor), $"{ReviewFile}: floor of {columns[0]} is not a number");
            Assert.True(int.TryParse(columns[3], NumberStyles.None, CultureInfo.InvariantCulture, out int ceiling), $"{ReviewFile}: ceiling of {columns[0]} is not a number");
            Assert.True(DateTime.TryParseExact(columns[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{ReviewFile}: reviewed-on of {columns[0]} is not yyyy-MM-dd");
            yield return new ReviewRow(columns[0], columns[1], floor, ceiling, columns[5]);
        }
    }
}
