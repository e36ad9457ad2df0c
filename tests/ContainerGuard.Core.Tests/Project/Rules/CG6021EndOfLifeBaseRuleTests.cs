using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6021EndOfLifeBaseRuleTests
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
    public void A_private_base_image_whose_tag_names_an_end_of_life_distribution_fires()
    {
        var findings = Verify("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerBaseImage>[|contoso.azurecr.io/base/aspnet:10.0-buster|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains("Debian 10 (buster) (read from the image's name and tag)", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_base_image_with_a_bare_version_is_not_judged()
        => VerifySilent("CG6021", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerBaseImage>contoso.azurecr.io/base/aspnet:6</ContainerBaseImage>
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
