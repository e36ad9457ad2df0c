using System.Text;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// Every rule has a docs page, and the README's rule table is the catalogue's. Run with
/// CONTAINERGUARD_UPDATE_DOCS=1 to rewrite the README table after changing the catalogue.
/// </summary>
public class DocsTests
{
    private const string BeginMarker = "<!-- rules:begin -->";
    private const string EndMarker = "<!-- rules:end -->";

    private static readonly string[] RequiredSections =
    {
        "## What it finds", "## Why it matters", "## How to fix", "## Configuration", "## Example that fires", "## Example that does not fire",
    };

    public static IEnumerable<object[]> Rules() => RuleCatalog.All.Select(r => new object[] { r.Id });

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_has_a_complete_docs_page(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        string path = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        string page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: ", page);
        Assert.Contains($"`{rule.Concern.ToTag()}`", page);
        foreach (string section in RequiredSections)
        {
            Assert.Contains(section, page);
        }
    }

    [Fact]
    public void No_docs_page_for_a_rule_that_does_not_exist()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "CG*.md")
            .Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, id => Assert.NotNull(RuleCatalog.Find(id!)));
    }

    [Fact]
    public void Readme_rule_table_matches_the_catalogue()
    {
        string readmePath = Path.Combine(RepositoryPaths.Root, "README.md");
        string readme = File.ReadAllText(readmePath).Replace("\r\n", "\n");
        int begin = readme.IndexOf(BeginMarker, StringComparison.Ordinal);
        int end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "README.md needs the rule table markers");
        string current = readme.Substring(begin + BeginMarker.Length, end - begin - BeginMarker.Length);
        string expected = "\n" + GenerateTable() + "\n";
        if (current != expected && Environment.GetEnvironmentVariable("CONTAINERGUARD_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(readmePath, readme.Substring(0, begin + BeginMarker.Length) + expected + readme.Substring(end));
            return;
        }

        Assert.True(current == expected, "The README rule table is stale: run `CONTAINERGUARD_UPDATE_DOCS=1 dotnet test tests/ContainerGuard.Core.Tests --filter DocsTests` and commit README.md.");
    }

    internal static string GenerateTable()
    {
        var text = new StringBuilder();
        text.Append("| id | title | concern | default severity | surface |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            text.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title.Replace("|", "\\|")} | `{rule.Concern.ToTag()}` | {rule.DefaultSeverity.ToName()} | {rule.Surface.ToName()} |\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
