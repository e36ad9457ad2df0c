using ContainerGuard.Configuration;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// Lints a Dockerfile written as <see cref="Markup"/> with every registered rule and checks that one rule
/// fires exactly at the marked spans, and nowhere else.
/// </summary>
public static class DockerfileVerifier
{
    /// <summary>The clock every rule test runs with, so end-of-life answers do not change with the day.</summary>
    public static readonly DateTimeOffset TestNow = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static LintOptions Options(ContainerGuardConfiguration? configuration = null, DateTimeOffset? now = null)
        => new(configuration ?? ContainerGuardConfiguration.Default, now ?? TestNow);

    public static IReadOnlyList<Finding> Lint(string dockerfile, LintOptions? options = null)
        => Linter.LintDockerfile("Dockerfile", dockerfile, options ?? Options());

    /// <summary>Asserts that <paramref name="ruleId"/> fires exactly at the marked spans (none marked: silent).</summary>
    public static IReadOnlyList<Finding> Verify(string ruleId, string markup, LintOptions? options = null)
    {
        var parsed = Markup.Parse(markup);
        var text = new SourceText(parsed.Text);
        var findings = Lint(parsed.Text, options).Where(f => f.RuleId == ruleId).ToList();
        var expected = parsed.Spans.Select(text.GetLineSpan).Select(s => s.ToString()).ToList();
        var actual = findings.Select(f => f.Span.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        expected.Sort(StringComparer.Ordinal);
        if (!expected.SequenceEqual(actual))
        {
            string Describe(IEnumerable<string> spans) => spans.Any() ? string.Join(", ", spans) : "(none)";
            Assert.Fail($"{ruleId}: expected findings at {Describe(expected)} but got {Describe(actual)}.\n" +
                string.Join("\n", findings.Select(f => f.ToString())));
        }

        return findings;
    }

    /// <summary>Asserts that <paramref name="ruleId"/> stays silent on <paramref name="dockerfile"/>.</summary>
    public static void VerifySilent(string ruleId, string dockerfile, LintOptions? options = null)
    {
        if (dockerfile.Contains("[|", StringComparison.Ordinal))
        {
            throw new ArgumentException("VerifySilent takes plain text, not markup.", nameof(dockerfile));
        }

        Verify(ruleId, dockerfile, options);
    }
}
