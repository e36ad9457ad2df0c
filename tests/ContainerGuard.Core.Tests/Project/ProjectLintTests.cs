using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project;

/// <summary>Which projects are linted at all, whole-project examples, and the tool findings of the project surface.</summary>
public class ProjectLintTests
{
    private const string SecureApp = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
            <ContainerBaseImage>contoso.azurecr.io/dotnet/aspnet:10.0-noble-chiseled</ContainerBaseImage>
            <ContainerRegistry>contoso.azurecr.io</ContainerRegistry>
            <ContainerRepository>shop/api</ContainerRepository>
            <ContainerImageTags>1.4.2;1.4</ContainerImageTags>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public void A_SecureApp_like_project_gets_no_finding()
        => Assert.Empty(Lint(SecureApp, options: WithConfig("""{ "approvedRegistries": [ "contoso.azurecr.io" ] }""")));

    [Fact]
    public void A_chiseled_default_image_with_Microsoft_approved_is_silent_too()
        => Assert.Empty(Lint("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerFamily>noble-chiseled</ContainerFamily>
                <ContainerRegistry>contoso.azurecr.io</ContainerRegistry>
                <ContainerImageTag>1.0.0</ContainerImageTag>
              </PropertyGroup>
            </Project>
            """, options: WithConfig("""{ "approvedRegistries": [ "mcr.microsoft.com", "contoso.azurecr.io" ] }""")));

    [Fact]
    public void An_insecure_project_gets_one_finding_per_problem()
    {
        var findings = Lint("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net6.0</TargetFramework>
                <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:6.0</ContainerBaseImage>
                <ContainerUser>root</ContainerUser>
                <ContainerImageTag>latest</ContainerImageTag>
              </PropertyGroup>
            </Project>
            """);
        Assert.Equal(new[] { "CG6002", "CG6010", "CG6020", "CG6021", "CG6030" }, findings.Select(f => f.RuleId).OrderBy(id => id));
    }

    [Fact]
    public void A_web_project_that_only_inherits_EnableSdkContainerSupport_is_not_linted()
    {
        // The Web SDK defaults EnableSdkContainerSupport to true; most such projects ship with a Dockerfile.
        var evaluated = new ProjectContainerProperties { TargetFramework = "net6.0", IsAspNetCore = true, EnableSdkContainerSupport = "true" };
        Assert.Empty(Linter.LintProjectContainerProperties(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup></Project>", evaluated, Options()));
    }

    [Fact]
    public void Writing_EnableSdkContainerSupport_in_Directory_Build_props_opts_in()
    {
        var evaluated = new ProjectContainerProperties { TargetFramework = "net6.0", IsAspNetCore = true, EnableSdkContainerSupport = "true" };
        var findings = Linter.LintProjectContainerProperties(
            ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", evaluated, Options(),
            "/src/Directory.Build.props", "<Project><PropertyGroup><EnableSdkContainerSupport>true</EnableSdkContainerSupport></PropertyGroup></Project>");
        Assert.Contains(findings, f => f.RuleId == "CG6021");
    }

    [Fact]
    public void The_Web_SDK_in_the_project_text_makes_the_default_image_aspnet_when_the_caller_did_not_say()
    {
        var evaluated = new ProjectContainerProperties { TargetFramework = "net10.0", PublishContainerRequested = true };
        var findings = Linter.LintProjectContainerProperties(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />", evaluated, Options());
        Assert.Contains(findings, f => f.RuleId == "CG6020" && f.Message.Contains("mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal));
    }

    [Fact]
    public void PublishContainer_requested_lints_without_any_property()
    {
        var evaluated = new ProjectContainerProperties { TargetFramework = "net6.0", PublishContainerRequested = true };
        Assert.Contains(Linter.LintProjectContainerProperties(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk\" />", evaluated, Options()), f => f.RuleId == "CG6021");
    }

    [Fact]
    public void EnableSdkContainerSupport_false_switches_the_rules_off()
        => Assert.Empty(Lint("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net6.0</TargetFramework>
                <EnableSdkContainerSupport>false</EnableSdkContainerSupport>
                <ContainerUser>root</ContainerUser>
              </PropertyGroup>
            </Project>
            """));

    [Fact]
    public void Malformed_project_XML_is_CG9002_at_the_error_and_what_was_read_is_still_checked()
    {
        var findings = Lint("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <ContainerUser>root</ContainerUser>\n    <ContainerFamily>alpine</Family>\n");
        var error = Assert.Single(findings, f => f.RuleId == "CG9002");
        Assert.Equal(5, error.Span.Start.Line);
        Assert.Contains(findings, f => f.RuleId == "CG6030");
    }

    [Fact]
    public void The_project_files_own_NoWarn_silences_our_ids()
        => Assert.DoesNotContain(Lint("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <NoWarn>$(NoWarn);CS1591;CG6030</NoWarn>
                <ContainerUser>root</ContainerUser>
              </PropertyGroup>
            </Project>
            """), f => f.RuleId == "CG6030");

    [Fact]
    public void Static_reading_takes_Directory_Build_props_first_and_reports_there()
    {
        const string props = "<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n    <ContainerFamily>noble</ContainerFamily>\n    <NoWarn>CG6002</NoWarn>\n  </PropertyGroup>\n</Project>";
        const string project = "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <ContainerFamily>noble-chiseled</ContainerFamily>\n    <NoWarn>$(NoWarn);CS1591</NoWarn>\n  </PropertyGroup>\n</Project>";
        var findings = Linter.LintProjectFile(ProjectPath, project, Options(), "/src/Directory.Build.props", props);

        var root = Assert.Single(findings);
        Assert.Equal("CG6030", root.RuleId);
        Assert.Equal("/src/Directory.Build.props", root.Path);
        Assert.Equal("(3,20,3,24)", root.Span.ToString());
    }

    [Fact]
    public void Configured_severities_apply()
    {
        var findings = Lint("""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerUser>root</ContainerUser>
              </PropertyGroup>
            </Project>
            """, options: WithConfig("""{ "rules": { "CG6030": "error", "CG6020": "none", "CG6002": "none" } }"""));
        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_failing_rule_is_CG9004_and_the_others_still_run()
    {
        var findings = Linter.LintProjectContainerProperties(
            ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />",
            new ProjectContainerProperties { TargetFramework = "net10.0", ContainerUser = "root" },
            Options(), new ProjectRule[] { new ThrowingRule(), new ContainerGuard.Project.Rules.CG6030RootUserRule() });
        Assert.Equal(new[] { "CG6030", "CG9004" }, findings.Select(f => f.RuleId).OrderBy(id => id));
    }

    [Fact]
    public void An_oversized_project_file_is_CG9001()
        => Assert.Equal("CG9001", Assert.Single(Lint(new string(' ', Linter.MaxFileLength + 1))).RuleId);

    [Fact]
    public void Garbage_project_files_never_throw()
    {
        var random = new Random(7);
        const string alphabet = "<>/=\"' PropertyGroupContainerUserroot\n&;![]-";
        for (int round = 0; round < 500; round++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            Lint(new string(chars));
        }
    }

    private sealed class ThrowingRule : ProjectRule
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ProjectRuleDescriptors.NonMinimalFamily };

        public override void Analyze(ProjectContext context) => throw new InvalidOperationException("boom");
    }
}
