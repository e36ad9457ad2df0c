using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Project;

/// <summary>
/// Lints a project file written as <see cref="Markup"/> and checks that one rule fires exactly at the marked spans.
/// Without <c>properties</c> the file is read statically (the CLI's path); with them, as MSBuild evaluated it (the task's).
/// </summary>
public static class ProjectVerifier
{
    public const string ProjectPath = "/src/App/App.csproj";

    public static LintOptions Options(ContainerGuardConfiguration? configuration = null)
        => DockerfileVerifier.Options(configuration);

    public static IReadOnlyList<Finding> Lint(string project, ProjectContainerProperties? properties = null, LintOptions? options = null)
        => properties is null
            ? Linter.LintProjectFile(ProjectPath, project, options ?? Options())
            : Linter.LintProjectContainerProperties(ProjectPath, project, properties, options ?? Options());

    public static IReadOnlyList<Finding> Verify(string ruleId, string markup, ProjectContainerProperties? properties = null, LintOptions? options = null)
    {
        var parsed = Markup.Parse(markup);
        var text = new SourceText(parsed.Text);
        var findings = Lint(parsed.Text, properties, options).Where(f => f.RuleId == ruleId).ToList();
        var expected = parsed.Spans.Select(text.GetLineSpan).Select(s => s.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actual = findings.Select(f => f.Span.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(actual))
        {
            static string Describe(IEnumerable<string> spans) => spans.Any() ? string.Join(", ", spans) : "(none)";
            Assert.Fail($"{ruleId}: expected findings at {Describe(expected)} but got {Describe(actual)}.\n" + string.Join("\n", findings));
        }

        Assert.All(findings, f => Assert.Equal(ProjectPath, f.Path));
        return findings;
    }

    public static void VerifySilent(string ruleId, string project, ProjectContainerProperties? properties = null, LintOptions? options = null)
    {
        if (project.Contains("[|", StringComparison.Ordinal))
        {
            throw new ArgumentException("VerifySilent takes plain text, not markup.", nameof(project));
        }

        Verify(ruleId, project, properties, options);
    }

    public static LintOptions WithConfig(string json) => Options(ConfigurationLoader.Parse(json, "containerguard.json").Configuration);
}
