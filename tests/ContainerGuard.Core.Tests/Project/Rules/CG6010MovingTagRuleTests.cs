using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6010MovingTagTests
{
    [Fact]
    public void A_base_image_without_a_tag_or_with_latest_fires_on_the_value()
    {
        Verify("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>[|contoso.azurecr.io/dotnet/aspnet|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
        var findings = Verify("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>[|contoso.azurecr.io/dotnet/aspnet:latest|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains("moving tag 'latest'", findings[0].Message);
    }

    [Fact]
    public void Latest_push_tags_fire_on_the_tag_itself()
        => Verify("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerImageTag>[|latest|]</ContainerImageTag>
                <ContainerImageTags>1.4.2; [|latest|];2026.11.29</ContainerImageTags>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void A_latest_next_to_an_unresolved_tag_still_fires()
        => Verify("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerImageTags>$(Version);[|latest|]</ContainerImageTags>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void Versioned_digested_and_default_tags_do_not_fire()
    {
        VerifySilent("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/dotnet/aspnet:10.0-noble-chiseled</ContainerBaseImage>
                <ContainerImageTag>1.4.2</ContainerImageTag>
                <ContainerImageTags>1.4.2;latest-build-is-not-latest</ContainerImageTags>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/dotnet/aspnet@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);

        // The SDK's inferred base image always has a version tag; its "latest" push default is not reported.
        VerifySilent("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6010", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerImageTag>$(Version)</ContainerImageTag>
              </PropertyGroup>
            </Project>
            """);
    }

    [Fact]
    public void A_tag_set_outside_the_project_file_is_reported_at_the_project_element()
        => Verify("CG6010", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """, new ProjectContainerProperties { TargetFramework = "net10.0", IsAspNetCore = true, ContainerImageTag = "latest" });
}

public class CG6020NonMinimalFamilyTests
{
    [Fact]
    public void The_default_image_fires_on_the_project_element()
    {
        var findings = Verify("CG6020", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:10.0", findings[0].Message);
        Assert.Contains("Ubuntu", findings[0].Message); // .NET 10's default images are Ubuntu 24.04, not Debian
        Assert.DoesNotContain("Debian", findings[0].Message);
    }

    [Fact]
    public void A_net8_project_defaults_to_the_Debian_image()
    {
        var findings = Verify("CG6020", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains("mcr.microsoft.com/dotnet/aspnet:8.0", findings[0].Message);
        Assert.Contains("Debian", findings[0].Message);
    }

    [Fact]
    public void A_full_distribution_family_fires_on_ContainerFamily()
        => Verify("CG6020", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerFamily>[|noble|]</ContainerFamily>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void A_full_explicit_base_image_fires_on_the_value()
        => Verify("CG6020", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>[|mcr.microsoft.com/dotnet/aspnet:10.0-noble|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);

    [Theory]
    [InlineData("noble-chiseled")]
    [InlineData("noble-chiseled-extra")]
    [InlineData("alpine")]
    [InlineData("azurelinux3.0-distroless")]
    public void Minimal_families_do_not_fire(string family)
        => VerifySilent("CG6020", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerFamily>{family}</ContainerFamily>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void AOT_musl_Windows_and_unknown_images_do_not_fire()
    {
        VerifySilent("CG6020", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PublishAot>true</PublishAot>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6020", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerRuntimeIdentifier>linux-musl-x64</ContainerRuntimeIdentifier>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6020", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerRuntimeIdentifier>win-x64</ContainerRuntimeIdentifier>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6020", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/platform/web-base:3</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
    }
}

public class CG6021EndOfLifeBaseTests
{
    [Fact]
    public void An_end_of_life_target_framework_fires_on_its_value()
    {
        var findings = Verify("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>[|net6.0|]</TargetFramework>
                <ContainerFamily>alpine</ContainerFamily>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains(".NET 6.0 (end of support 2024-11-12)", findings[0].Message);
    }

    [Fact]
    public void On_the_test_clock_NET_8_is_already_past_end_of_support()
        => Verify("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>[|net8.0|]</TargetFramework>
                <ContainerFamily>noble-chiseled</ContainerFamily>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void Before_its_end_of_support_date_NET_8_does_not_fire()
        => VerifySilent("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <ContainerFamily>noble-chiseled</ContainerFamily>
              </PropertyGroup>
            </Project>
            """, options: new LintOptions(ContainerGuardConfiguration.Default, new DateTimeOffset(2026, 11, 10, 23, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void An_end_of_life_explicit_image_fires_on_the_value()
        => Verify("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerBaseImage>[|mcr.microsoft.com/dotnet/aspnet:7.0-alpine|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void A_framework_set_outside_the_file_is_reported_at_the_project_element()
        => Verify("CG6021", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """, new ProjectContainerProperties { TargetFramework = "net6.0", IsAspNetCore = true, EnableSdkContainerSupport = "true" });

    [Fact]
    public void Supported_frameworks_and_images_do_not_fire()
    {
        VerifySilent("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerFamily>noble-chiseled</ContainerFamily>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net6.0</TargetFramework>
                <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0-alpine</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
    }
}

public class CG6030RootUserTests
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
