using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6030RootUserRuleTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("0")]
    [InlineData("0:0")]
    [InlineData("root:root")]
    [InlineData("ContainerAdministrator")]
    public void A_root_ContainerUser_fires_on_the_value(string user)
        => Verify("CG6030", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerUser>[|{user}|]</ContainerUser>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void Before_NET_8_the_default_image_runs_as_root()
    {
        var findings = Verify("CG6030", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>[|net7.0|]</TargetFramework>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains("ContainerUser is not set", findings[0].Message);
    }

    [Theory]
    [InlineData("<TargetFramework>net10.0</TargetFramework>")]
    [InlineData("<TargetFramework>net8.0</TargetFramework>")]
    [InlineData("<TargetFramework>net10.0</TargetFramework><ContainerUser>app</ContainerUser>")]
    [InlineData("<TargetFramework>net10.0</TargetFramework><ContainerUser>1654</ContainerUser>")]
    [InlineData("<TargetFramework>net10.0</TargetFramework><ContainerUser>$(AppUser)</ContainerUser>")]
    [InlineData("<TargetFramework>net7.0</TargetFramework><ContainerUser>app</ContainerUser>")]
    [InlineData("<TargetFramework>net7.0</TargetFramework><ContainerBaseImage>contoso.azurecr.io/base/web:7</ContainerBaseImage>")]
    [InlineData("<TargetFramework>net10.0</TargetFramework><ContainerUser>rootless</ContainerUser>")]
    public void Non_root_users_and_unknown_image_users_do_not_fire(string properties)
        => VerifySilent("CG6030", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
                {properties}
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void A_root_user_from_Directory_Build_props_is_reported_there()
    {
        const string props = "<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>";
        var findings = Linter.LintProjectContainerProperties(
            ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />",
            new ProjectContainerProperties { TargetFramework = "net10.0", IsAspNetCore = true, ContainerUser = "root" },
            Options(), "/src/Directory.Build.props", props);

        var finding = Assert.Single(findings, f => f.RuleId == "CG6030");
        Assert.Equal("/src/Directory.Build.props", finding.Path);
        Assert.Equal("(3,20,3,24)", finding.Span.ToString());
    }

    [Fact]
    public void The_props_assignment_that_wrote_the_evaluated_value_wins_over_a_project_one_that_did_not()
    {
        const string props = "<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>";
        var findings = Linter.LintProjectContainerProperties(
            ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><ContainerUser Condition=\"'$(CI)' == 'true'\">app</ContainerUser></PropertyGroup></Project>",
            new ProjectContainerProperties { TargetFramework = "net10.0", ContainerUser = "root" },
            Options(), "/src/Directory.Build.props", props);
        Assert.Equal("/src/Directory.Build.props", Assert.Single(findings, f => f.RuleId == "CG6030").Path);
    }

    [Fact]
    public void The_evaluated_value_picks_the_assignment_that_applied()
        => Verify("CG6030", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerUser Condition="'$(Configuration)' == 'Release'">app</ContainerUser>
                <ContainerUser Condition="'$(Configuration)' == 'Debug'">[|root|]</ContainerUser>
              </PropertyGroup>
            </Project>
            """, new ProjectContainerProperties { TargetFramework = "net10.0", IsAspNetCore = true, ContainerUser = "root" });
}
