using ContainerGuard.Catalog;
using ContainerGuard.Configuration;
using ContainerGuard.Configuration.EditorConfig;
using ContainerGuard.Dockerfile;

namespace ContainerGuard.Tests.Configuration.EditorConfig;

/// <summary>
/// .editorconfig severities for the rules the task and the CLI run: read as the compiler reads them, nearest file wins,
/// root = true stops the search, global configs come last, and the one order of the severity model.
/// </summary>
public class EditorConfigTests
{
    private static readonly RuleDescriptor DockerHub = DockerfileRuleDescriptors.ImageFromDockerHub; // CG4001, registry
    private static readonly RuleDescriptor Digest = DockerfileRuleDescriptors.MissingDigest;         // CG4011, pinning, info

    [Fact]
    public void Reads_keys_case_insensitively_with_trailing_comments_and_both_separators()
    {
        var file = EditorConfigFile.Parse("root = TRUE\n# comment\n; comment\n[*]\nDotNet_Diagnostic.CG4001.Severity = error # why\nother: value ; note\n", "/r/.editorconfig");

        Assert.True(file.IsRoot);
        Assert.False(file.IsGlobal);
        var properties = Assert.Single(file.Sections).Properties;
        Assert.Equal(("dotnet_diagnostic.cg4001.severity", "error"), (properties[0].Key, properties[0].Value));
        Assert.Equal(("other", "value"), (properties[1].Key, properties[1].Value));
        Assert.Equal(new Text.LinePositionSpan(5, 1, 5, 42), properties[0].Span);
    }

    [Fact]
    public void Global_configs_by_key_or_by_name()
    {
        Assert.True(EditorConfigFile.Parse("is_global = true\n", "/r/any.editorconfig").IsGlobal);
        Assert.True(EditorConfigFile.Parse("", "/r/.globalconfig").IsGlobal);
        Assert.False(EditorConfigFile.Parse("", "/r/.editorconfig").IsGlobal);
    }

    [Fact]
    public void Id_then_category_then_all_and_default_stops_the_look_up()
    {
        var overrides = Resolve(new Dictionary<string, string>
        {
            ["/r/.editorconfig"] = """
                root = true
                [*]
                dotnet_analyzer_diagnostic.severity = error
                dotnet_analyzer_diagnostic.category-Security.pinning.severity = none
                dotnet_diagnostic.CG4001.severity = suggestion
                dotnet_diagnostic.CG4010.severity = default
                """,
        }).For("/r/Dockerfile");

        Assert.Equal(Severity.Info, Effective(overrides, DockerHub));
        Assert.Equal(Severity.None, Effective(overrides, Digest));
        Assert.Equal(Severity.Warning, Effective(overrides, DockerfileRuleDescriptors.MovingTag)); // default: the rule's own
        Assert.Equal(Severity.Error, Effective(overrides, DockerfileRuleDescriptors.NonMinimalBase));
    }

    [Fact]
    public void The_nearest_file_wins_and_root_true_stops_the_search()
    {
        var files = new Dictionary<string, string>
        {
            ["/.editorconfig"] = "[*]\ndotnet_diagnostic.CG4011.severity = error\n",
            ["/r/.editorconfig"] = "root = true\n[*]\ndotnet_diagnostic.CG4001.severity = error\n",
            ["/r/deploy/.editorconfig"] = "[Dockerfile]\ndotnet_diagnostic.CG4001.severity = none\n",
        };
        var resolver = Resolve(files);

        Assert.Equal(Severity.None, Effective(resolver.For("/r/deploy/Dockerfile"), DockerHub));
        Assert.Equal(Severity.Error, Effective(resolver.For("/r/deploy/api.Dockerfile"), DockerHub));
        Assert.Equal(Severity.Error, Effective(resolver.For("/r/Dockerfile"), DockerHub));
        Assert.Equal(Severity.Info, Effective(resolver.For("/r/Dockerfile"), Digest)); // above root = true: not read
        Assert.Equal(Severity.Error, Effective(resolver.For("/elsewhere/Dockerfile"), Digest));
    }

    [Fact]
    public void Later_sections_of_a_file_win()
    {
        var resolver = Resolve(new Dictionary<string, string>
        {
            ["/r/.editorconfig"] = "[*]\ndotnet_diagnostic.CG4001.severity = error\n[deploy/**]\ndotnet_diagnostic.CG4001.severity = suggestion\n",
        });

        Assert.Equal(Severity.Info, Effective(resolver.For("/r/deploy/x/Dockerfile"), DockerHub));
        Assert.Equal(Severity.Error, Effective(resolver.For("/r/Dockerfile"), DockerHub));
    }

    [Fact]
    public void Given_global_configs_apply_everywhere_below_editorconfig_files()
    {
        var files = new Dictionary<string, string>
        {
            ["/obj/app.GeneratedMSBuildEditorConfig.editorconfig"] = "is_global = true\nbuild_property.X = 1\n",
            ["/r/.globalconfig"] = "dotnet_diagnostic.CG4001.severity = error\ndotnet_diagnostic.CG4011.severity = warning\n[/r/special/Dockerfile]\ndotnet_diagnostic.CG4001.severity = suggestion\n",
            ["/r/.editorconfig"] = "[*]\ndotnet_diagnostic.CG4011.severity = none\n",
        };
        var resolver = new EditorConfigResolver(new[] { "/r/.globalconfig", "/obj/app.GeneratedMSBuildEditorConfig.editorconfig" }, discover: true, files.ContainsKey, p => files[p]);

        Assert.Equal(Severity.Error, Effective(resolver.For("/other/Dockerfile"), DockerHub));
        Assert.Equal(Severity.Info, Effective(resolver.For("/r/special/Dockerfile"), DockerHub));
        Assert.Equal(Severity.None, Effective(resolver.For("/r/Dockerfile"), Digest));
        Assert.Equal(Severity.Warning, Effective(resolver.For("/other/Dockerfile"), Digest));
    }

    [Fact]
    public void Without_discovery_only_the_given_files_apply()
    {
        var files = new Dictionary<string, string> { ["/r/deploy/.editorconfig"] = "[*]\ndotnet_diagnostic.CG4001.severity = error\n" };

        var resolver = new EditorConfigResolver(Array.Empty<string>(), discover: false, files.ContainsKey, p => files[p]);

        Assert.True(resolver.For("/r/deploy/Dockerfile").IsEmpty);
    }

    /// <summary>NoWarn &gt; WarningsAsErrors &gt; .editorconfig &gt; containerguard.json &gt; default (README, "Severity: one order").</summary>
    [Fact]
    public void The_one_order_of_the_severity_model()
    {
        var severities = Resolve(new Dictionary<string, string>
        {
            ["/r/.editorconfig"] = "[*]\ndotnet_diagnostic.CG4001.severity = suggestion\ndotnet_diagnostic.CG4011.severity = error\ndotnet_diagnostic.CG4010.severity = none\n",
        }).For("/r/Dockerfile");
        var file = new ContainerGuardConfiguration(ruleSeverities: new Dictionary<string, Severity>
        {
            ["CG4001"] = Severity.Error, ["CG4011"] = Severity.None, ["CG4020"] = Severity.None, ["CG4030"] = Severity.Error,
        });
        var msbuild = new ContainerGuardConfiguration(disabledRules: new[] { "CG4010" }, errorRules: new[] { "CG4031" });

        var effective = msbuild.OverrideOf(file).WithEditorConfig(severities);

        Assert.Equal(Severity.Info, effective.GetSeverity(DockerHub));                                      // .editorconfig over the file
        Assert.Equal(Severity.Error, effective.GetSeverity(Digest));                                        // .editorconfig raises a "none"
        Assert.Equal(Severity.None, effective.GetSeverity(DockerfileRuleDescriptors.NonMinimalBase)); // the file over the default
        Assert.Equal(Severity.Error, effective.GetSeverity(DockerfileRuleDescriptors.RootUser));       // the file over the default
        Assert.Equal(Severity.None, effective.GetSeverity(DockerfileRuleDescriptors.MovingTag));            // NoWarn over everything
        Assert.Equal(Severity.Error, effective.GetSeverity(DockerfileRuleDescriptors.NoUser));       // WarningsAsErrors
    }

    [Fact]
    public void Unknown_CG_ids_and_misspelt_severities_are_CG9003_naming_the_file_and_key()
    {
        var file = EditorConfigFile.Parse(
            "root = true\n[*]\ndotnet_diagnostic.CG4999.severity = error\ndotnet_diagnostic.CG4001.severity = warn\ndotnet_diagnostic.CA1000.severity = nonsense\n"
            + "dotnet_analyzer_diagnostic.category-Security.secret.severity = loud\ndotnet_diagnostic.CG4011.severity = suggestion\n",
            "/r/.editorconfig");

        var problems = EditorConfigValidation.Validate(file);

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal(("CG9003", "/r/.editorconfig"), (p.RuleId, p.Path)));
        Assert.Equal(new Text.LinePositionSpan(3, 1, 3, 42), problems[0].Span);
        Assert.Equal("dotnet_diagnostic.CG4999.severity names no known ContainerGuard rule (check the id; see 'containerguard rules'); the setting does nothing.", problems[0].Message);
        Assert.Equal("dotnet_diagnostic.CG4001.severity has an unknown severity; use error, warning, suggestion, silent, none or default. The setting is ignored; did you mean 'warning'?", problems[1].Message);
        Assert.Equal(4, problems[1].Span.Start.Line);
        Assert.StartsWith("dotnet_analyzer_diagnostic.category-security.secret.severity has an unknown severity", problems[2].Message);
    }

    [Fact]
    public void Problems_are_reported_once_per_file_with_the_severity_that_applies_there()
    {
        var files = new Dictionary<string, string> { ["/r/.editorconfig"] = "root = true\n[*]\ndotnet_diagnostic.CG4999.severity = error\n" };
        var resolver = new ConfigurationResolver(null, ContainerGuardConfiguration.Default, new EditorConfigResolver(Array.Empty<string>(), discover: true, files.ContainsKey, p => files[p]),
            new ConfigurationLocator(_ => false, _ => string.Empty));
        resolver.For("/r/a/Dockerfile");
        resolver.For("/r/b/Dockerfile");

        var problem = Assert.Single(resolver.Problems);
        Assert.Equal(Severity.Warning, problem.Severity);
    }

    private static EditorConfigResolver Resolve(Dictionary<string, string> files)
        => new(Array.Empty<string>(), discover: true, files.ContainsKey, p => files[p]);

    private static Severity Effective(SeverityOverrides overrides, RuleDescriptor rule)
        => ContainerGuardConfiguration.Default.WithEditorConfig(overrides).GetSeverity(rule);
}
