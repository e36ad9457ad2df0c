using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6010MovingTagRuleTests
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
