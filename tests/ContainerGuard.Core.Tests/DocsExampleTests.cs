using ContainerGuard.Catalog;
using ContainerGuard.Configuration;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Tests.Project;

namespace ContainerGuard.Tests;

/// <summary>
/// Every docs page's examples run: the code under "## Example that fires" makes the rule fire, the code under
/// "## Example that does not fire" does not, and a page without either fails. One code-fence language per surface
/// (<see cref="DocsExamples.Language"/>). The C# analyzers' pages run in ContainerGuard.Analyzers.Tests; a new surface
/// adds its runner to <see cref="Runners"/> (until then <see cref="Every_surface_of_the_catalogue_runs_its_examples_somewhere"/> fails).
/// </summary>
public class DocsExampleTests
{
    /// <summary>How a surface's example is linted: the code and the options (with the section's containerguard.json, if any).</summary>
    private static readonly Dictionary<Surface, Func<string, LintOptions, IReadOnlyList<Finding>>> Runners = new()
    {
        [Surface.Dockerfile] = (code, options) => Linter.LintDockerfile("Dockerfile", code, options),
        [Surface.ProjectFile] = (code, options) => Linter.LintProjectFile(ProjectVerifier.ProjectPath, code, options),
    };

    /// <summary>Surfaces whose pages run elsewhere (the analyzers') or show no code (the tool's own CG9xxx: unreadable files, bad configuration).</summary>
    private static readonly Surface[] RunElsewhere = { Surface.CSharp, Surface.ContainerInstanceSdk, Surface.DockerDotNet, Surface.Tool };

    public static TheoryData<string> Rules => new(RuleCatalog.All.Where(r => Runners.ContainsKey(r.Surface)).Select(r => r.Id));

    [Fact]
    public void Every_surface_of_the_catalogue_runs_its_examples_somewhere()
    {
        var missing = RuleCatalog.All.Select(r => r.Surface).Distinct().Where(s => !Runners.ContainsKey(s) && !RunElsewhere.Contains(s));
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Docs_examples_fire_and_stay_silent(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        string language = DocsExamples.Language(rule.Surface)!;
        var examples = DocsExamples.Read(id, language);
        Assert.True(examples.Fires.Count > 0, $"docs/rules/{id}.md: no ```{language} block under '{DocsExamples.FiresHeading}'");
        Assert.True(examples.Silent.Count > 0, $"docs/rules/{id}.md: no ```{language} block under '{DocsExamples.SilentHeading}'");

        var lint = Runners[rule.Surface];
        foreach (string code in examples.Fires)
        {
            var findings = lint(code, Options(examples.FiresConfiguration));
            Assert.True(findings.Any(f => f.RuleId == id), $"docs/rules/{id}.md: the example that fires does not fire; got {Describe(findings)}\n{code}");
        }

        foreach (string code in examples.Silent)
        {
            var findings = lint(code, Options(examples.SilentConfiguration));
            Assert.True(findings.All(f => f.RuleId != id), $"docs/rules/{id}.md: the example that does not fire fires: {Describe(findings.Where(f => f.RuleId == id))}\n{code}");
        }
    }

    private static LintOptions Options(string? configuration)
    {
        if (configuration is null)
        {
            return DockerfileVerifier.Options();
        }

        var loaded = ConfigurationLoader.Parse(configuration, "containerguard.json");
        Assert.True(loaded.Findings.Count == 0, "the page's containerguard.json has problems: " + string.Join("; ", loaded.Findings.Select(f => f.Message)));
        return DockerfileVerifier.Options(loaded.Configuration);
    }

    private static string Describe(IEnumerable<Finding> findings)
    {
        var list = findings.Select(f => $"{f.RuleId} {f.Span}").ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
