using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6002BaseImageFromPublicRegistryRuleTests
{
    [Fact]
    public void The_SDK_default_image_fires_on_the_project_element()
    {
        var findings = Verify("CG6002", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """);
        Assert.Contains("SDK's default base image mcr.microsoft.com/dotnet/aspnet:10.0 (ContainerBaseImage is not set)", findings[0].Message);
        Assert.Equal(ContainerGuard.Catalog.Severity.Info, findings[0].Severity);
    }

    [Fact]
    public void An_explicit_public_image_fires_on_the_value()
        => Verify("CG6002", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContainerBaseImage>[|mcr.microsoft.com/dotnet/runtime:10.0-alpine|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void A_private_mirror_or_an_approved_list_does_not_fire()
    {
        VerifySilent("CG6002", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/dotnet/runtime:10.0-alpine</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6002", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerFamily>noble-chiseled</ContainerFamily>
              </PropertyGroup>
            </Project>
            """, options: WithConfig("""{ "approvedRegistries": [ "mcr.microsoft.com" ] }"""));
    }

    [Fact]
    public void A_plain_class_library_gets_no_finding_at_all()
    {
        Assert.Empty(Lint("""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net6.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """));
    }
}
