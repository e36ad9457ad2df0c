using System.Text.Json;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>The <c>rules</c> verb: the catalogue as a table and as JSON with DESIGN.md's key names.</summary>
public class RulesCommandTests
{
    [Fact]
    public void Json_lists_every_rule_with_exactly_the_catalogue_keys()
    {
        using var tree = new TempTree();

        var run = CliRunner.Run(tree.Root, "rules", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        var rules = json.RootElement.EnumerateArray().ToArray();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(RuleCatalog.All.Count, rules.Length);
        foreach (var (element, descriptor) in rules.Zip(RuleCatalog.All))
        {
            Assert.Equal(new[] { "id", "title", "concern", "defaultSeverity", "surface", "helpUri" }, element.EnumerateObject().Select(p => p.Name));
            Assert.Equal(descriptor.Id, element.GetProperty("id").GetString());
            Assert.Equal(descriptor.Title, element.GetProperty("title").GetString());
            Assert.Equal(descriptor.Concern.ToTag(), element.GetProperty("concern").GetString());
            Assert.Equal(descriptor.DefaultSeverity.ToName(), element.GetProperty("defaultSeverity").GetString());
            Assert.Equal(descriptor.Surface.ToName(), element.GetProperty("surface").GetString());
            Assert.Equal($"https://github.com/containerguard/containerguard/blob/main/docs/rules/{descriptor.Id}.md", element.GetProperty("helpUri").GetString());
        }

        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "CG9001" && r.GetProperty("surface").GetString() == "tool");
    }

    [Fact]
    public void Text_is_a_table_with_one_line_per_rule()
    {
        using var tree = new TempTree();

        var run = CliRunner.Run(tree.Root, "rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^id\s+concern\s+severity\s+title$", run.OutputLines[0]);
        Assert.Equal(RuleCatalog.All.Count + 1, run.OutputLines.Length);
        foreach (var rule in RuleCatalog.All)
        {
            string pattern = $@"^{rule.Id}\s+{rule.Concern.ToTag()}\s+{rule.DefaultSeverity.ToName()}\s+{System.Text.RegularExpressions.Regex.Escape(rule.Title)}$";
            Assert.Single(run.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, pattern));
        }
    }
}
