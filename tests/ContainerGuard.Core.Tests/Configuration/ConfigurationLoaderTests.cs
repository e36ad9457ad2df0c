using ContainerGuard.Configuration;
using ContainerGuard.Json;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Configuration;

public class ConfigurationLoaderTests
{
    private const string ConfigPath = "/repo/containerguard.json";

    /// <summary>Parses markup and asserts that exactly the marked spans get findings of <paramref name="ruleId"/>.</summary>
    private static ConfigurationLoadResult Verify(string markup, string ruleId = "CG9003")
    {
        var parsed = Markup.Parse(markup);
        var text = new SourceText(parsed.Text);
        var result = ConfigurationLoader.Parse(parsed.Text, ConfigPath);
        var expected = parsed.Spans.Select(text.GetLineSpan).Select(s => s.ToString()).OrderBy(s => s, StringComparer.Ordinal);
        var actual = result.Findings.Where(f => f.RuleId == ruleId).Select(f => f.Span.ToString()).OrderBy(s => s, StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(actual), $"expected {string.Join(", ", expected)} got {string.Join(", ", actual)}\n{string.Join("\n", result.Findings)}");
        Assert.All(result.Findings, f => Assert.Equal(ConfigPath, f.Path));
        return result;
    }

    [Fact]
    public void A_complete_file_is_read()
    {
        var result = Verify("""
            {
              "$schema": "https://github.com/containerguard/containerguard/blob/main/docs/containerguard.schema.json",
              // our mirrors
              "approvedRegistries": [ "contoso.azurecr.io", "*.azurecr.io", "localhost:5000", "contoso.azurecr.io/mirror/*" ],
              "approvedBaseImages": [ "mcr.microsoft.com/dotnet/aspnet", "contoso.azurecr.io/base/*" ],
              "secretNames": [ "pin", "otp" ],
              "rules": { "CG4001": "error", "cg6020": "none", "CG9002": "info", },
            }
            """);

        Assert.Empty(result.Findings);
        var configuration = result.Configuration;
        Assert.Equal(new[] { "contoso.azurecr.io", "*.azurecr.io", "localhost:5000", "contoso.azurecr.io/mirror/*" }, configuration.ApprovedRegistries);
        Assert.Equal(new[] { "mcr.microsoft.com/dotnet/aspnet", "contoso.azurecr.io/base/*" }, configuration.ApprovedBaseImages);
        Assert.Equal(new[] { "pin", "otp" }, configuration.SecretNames);
        Assert.Equal(Severity.Error, configuration.RuleSeverities["CG4001"]);
        Assert.Equal(Severity.None, configuration.GetSeverity(ContainerGuard.Project.ProjectRuleDescriptors.NonMinimalFamily));
        Assert.Equal(Severity.Info, configuration.GetSeverity(ToolRules.FileUnparsable));
        Assert.Equal(ConfigPath, configuration.SourcePath);
    }

    [Fact]
    public void An_empty_object_is_the_default_configuration()
    {
        var result = Verify("{}");
        Assert.Empty(result.Configuration.ApprovedRegistries);
        Assert.Empty(result.Configuration.RuleSeverities);
    }

    [Fact]
    public void Unknown_keys_are_reported_at_the_key_and_the_rest_applies()
    {
        var result = Verify("""
            {
              [|"approvedRegistry"|]: [ "a.azurecr.io" ],
              [|"ApprovedRegistries"|]: [ "b.azurecr.io" ],
              "approvedRegistries": [ "c.azurecr.io" ]
            }
            """);

        Assert.Equal(new[] { "c.azurecr.io" }, result.Configuration.ApprovedRegistries);
        Assert.Contains(result.Findings, f => f.Message.Contains("did you mean 'approvedRegistries'", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Message.StartsWith("Unknown key 'approvedRegistry' is ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_types_are_reported_at_the_value()
    {
        var result = Verify("""
            {
              "$schema": [|1|],
              "approvedRegistries": [|"a.azurecr.io"|],
              "approvedBaseImages": [ "mcr.microsoft.com/dotnet/runtime", [|42|], [|null|] ],
              "secretNames": [|{ "a": 1 }|],
              "rules": [|[ "CG4001" ]|]
            }
            """);

        Assert.Empty(result.Configuration.ApprovedRegistries);
        Assert.Equal(new[] { "mcr.microsoft.com/dotnet/runtime" }, result.Configuration.ApprovedBaseImages);
        Assert.Contains(result.Findings, f => f.Message == "'approvedRegistries' must be an array of strings, not a string; it is ignored.");
    }

    [Fact]
    public void Bad_severity_names_are_reported_at_the_value_with_a_hint()
    {
        var result = Verify("""
            {
              "rules": {
                "CG4001": [|"warn"|],
                "CG4002": [|"loud"|],
                "CG4003": [|2|],
                "CG6030": "error"
              }
            }
            """);

        Assert.Equal(new[] { "CG6030" }, result.Configuration.RuleSeverities.Keys);
        Assert.Contains(result.Findings, f => f.Message.EndsWith("did you mean \"warning\"?", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_rule_ids_are_warned_about_but_applied_and_non_ids_are_ignored()
    {
        var result = Verify("""
            {
              "rules": {
                [|"CG0999"|]: "error",
                [|"no-root"|]: "error"
              }
            }
            """);

        Assert.Equal(Severity.Error, result.Configuration.RuleSeverities["CG0999"]);
        Assert.False(result.Configuration.RuleSeverities.ContainsKey("no-root"));
    }

    [Theory]
    [InlineData("https://contoso.azurecr.io")]
    [InlineData("contoso azurecr.io")]
    [InlineData("contoso.azurecr.io:latest")]
    [InlineData("contoso.*.io")]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("contoso.azurecr.io//base")]
    [InlineData("contoso.azurecr.io/Base")]
    [InlineData("-contoso.io")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet@sha256:abc")]
    public void Bad_registry_patterns_are_reported_at_the_entry(string registry)
    {
        var result = Verify($$"""{ "approvedRegistries": [ "ok.azurecr.io", [|"{{registry}}"|] ] }""");
        Assert.Equal(new[] { "ok.azurecr.io" }, result.Configuration.ApprovedRegistries);
    }

    [Theory]
    [InlineData("contoso.azurecr.io")]
    [InlineData("*.azurecr.io")]
    [InlineData("localhost:5000")]
    [InlineData("docker.io")]
    [InlineData("contoso.azurecr.io/mirror")]
    [InlineData("contoso.azurecr.io/mirror/*")]
    [InlineData("192.168.1.10:5000")]
    public void Good_registry_patterns_are_accepted(string registry)
        => Assert.Null(ConfigurationLoader.ValidateRegistryPattern(registry));

    [Fact]
    public void Duplicate_keys_are_reported_and_the_last_applies()
    {
        var result = Verify("""
            {
              "approvedRegistries": [ "a.azurecr.io" ],
              [|"approvedRegistries"|]: [ "b.azurecr.io" ]
            }
            """);
        Assert.Equal(new[] { "b.azurecr.io" }, result.Configuration.ApprovedRegistries);
    }

    [Fact]
    public void A_syntax_error_is_one_CG9002_at_its_position_and_what_was_read_applies()
    {
        var result = Verify("""
            {
              "approvedRegistries": [ "a.azurecr.io" ],
              "rules": { "CG4001": "error" [|"CG4002"|]: "none" },
              "secretNames": [ "pin" }
            """, "CG9002");

        var finding = result.Findings.First(f => f.RuleId == "CG9002");
        Assert.StartsWith("containerguard.json syntax error: Expected ',' or '}'. (1 more)", finding.Message);
        Assert.Equal(new[] { "a.azurecr.io" }, result.Configuration.ApprovedRegistries);
        Assert.Equal(Severity.None, result.Configuration.RuleSeverities["CG4002"]);
    }

    [Fact]
    public void The_root_must_be_an_object()
    {
        Verify("[|[ \"a.azurecr.io\" ]|]");
        Verify("[||]", "CG9002");
    }

    [Fact]
    public void The_file_can_silence_its_own_CG9003()
    {
        var result = ConfigurationLoader.Parse("""{ "unknown": 1, "rules": { "CG9003": "none" } }""", ConfigPath);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Secret_names_are_not_quoted_in_messages()
    {
        var result = ConfigurationLoader.Parse("""{ "secretNames": [ "  " ], "approvedRegistries": [ "https://user:Sup3rS3cret@host" ] }""", ConfigPath);
        Assert.Equal(2, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.DoesNotContain("Sup3rS3cret", f.Message));
    }

    [Fact]
    public void Garbage_never_throws()
    {
        var random = new Random(42);
        const string alphabet = "{}[]:,\"approvedRegistriesrules CG4001 error 1 null /*";
        for (int round = 0; round < 1000; round++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var result = ConfigurationLoader.Parse(new string(chars), ConfigPath);
            Assert.NotNull(result.Configuration);
        }
    }

    [Theory]
    [InlineData("contoso.azurecr.io")]
    [InlineData("*.azurecr.io")]
    [InlineData("localhost:5000")]
    [InlineData("192.168.1.10:5000")]
    [InlineData("contoso.azurecr.io/mirror/*")]
    [InlineData("contoso.azurecr.io/")]
    [InlineData("https://contoso.azurecr.io")]
    [InlineData("contoso.azurecr.io:latest")]
    [InlineData("contoso.*.io")]
    [InlineData("contoso-.azurecr.io")]
    [InlineData("contoso..azurecr.io")]
    [InlineData("contoso.azurecr.io//base")]
    [InlineData("contoso.azurecr.io/Base")]
    [InlineData("-contoso.io")]
    [InlineData("*")]
    public void The_schema_pattern_for_registries_agrees_with_the_loader(string registry)
    {
        string schemaText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "containerguard.schema.json"));
        var root = (JsonObject)JsonParser.Parse(schemaText).Root!;
        var properties = (JsonObject)root.FindProperty("properties")!.Value;
        var items = (JsonObject)((JsonObject)properties.FindProperty("approvedRegistries")!.Value).FindProperty("items")!.Value;
        string pattern = ((JsonString)items.FindProperty("pattern")!.Value).Value;

        bool schemaAccepts = System.Text.RegularExpressions.Regex.IsMatch(registry, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.Equal(ConfigurationLoader.ValidateRegistryPattern(registry) is null, schemaAccepts);
    }

    [Fact]
    public void The_schema_describes_exactly_the_keys_the_loader_accepts()
    {
        string schemaText = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "containerguard.schema.json"));
        var schema = JsonParser.Parse(schemaText);
        Assert.Empty(schema.Errors);
        var root = (JsonObject)schema.Root!;

        var properties = (JsonObject)root.FindProperty("properties")!.Value;
        Assert.Equal(
            ConfigurationLoader.KnownKeys.OrderBy(k => k, StringComparer.Ordinal),
            properties.Properties.Select(p => p.Name).OrderBy(k => k, StringComparer.Ordinal));
        Assert.False(((JsonBoolean)root.FindProperty("additionalProperties")!.Value).Value);

        var rules = (JsonObject)properties.FindProperty("rules")!.Value;
        var severityEnum = (JsonArray)((JsonObject)rules.FindProperty("additionalProperties")!.Value).FindProperty("enum")!.Value;
        Assert.Equal(ConfigurationLoader.SeverityValues, severityEnum.Items.Cast<JsonString>().Select(s => s.Value));
    }
}
