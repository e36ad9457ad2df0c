using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6020NonMinimalFamilyRuleTests
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
