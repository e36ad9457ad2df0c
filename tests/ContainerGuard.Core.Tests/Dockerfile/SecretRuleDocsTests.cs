using System.Text.RegularExpressions;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests.Dockerfile;

/// <summary>The examples of the docs pages of the secret rules do what the pages say.</summary>
public class SecretRuleDocsTests
{
    [Theory]
    [InlineData("CG4040")]
    [InlineData("CG4041")]
    [InlineData("CG4042")]
    [InlineData("CG4043")]
    public void Docs_examples_fire_and_stay_silent(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));
        Assert.StartsWith("# " + id + ": ", page, StringComparison.Ordinal);

        string fires = Example(page, "## Example that fires");
        string silent = Example(page, "## Example that does not fire");

        Assert.Contains(DockerfileVerifier.Lint(fires), f => f.RuleId == id);
        Assert.DoesNotContain(DockerfileVerifier.Lint(silent), f => f.RuleId == id);
    }

    private static string Example(string page, string heading)
    {
        int at = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, heading + " missing");
        var match = Regex.Match(page.Substring(at), "```Dockerfile\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, heading + " has no Dockerfile block");
        return match.Groups[1].Value;
    }
}
