using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6004ApprovedBaseImageRuleTests
{
    private static readonly LintOptions Approved = WithConfig("""{ "approvedBaseImages": [ "contoso.azurecr.io/base/*", "mcr.microsoft.com/dotnet/runtime-deps" ] }""");

    [Fact]
    public void The_SDK_default_image_off_the_list_fires_on_the_project_element()
        => Verify("CG6004", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """, options: Approved);

    [Fact]
    public void An_explicit_image_off_the_list_fires_on_the_value()
        => Verify("CG6004", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>[|contoso.azurecr.io/other/aspnet:10.0|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """, options: Approved);

    [Fact]
    public void Approved_images_do_not_fire_and_no_list_means_no_check()
    {
        VerifySilent("CG6004", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/base/aspnet:10.0</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """, options: Approved);
        VerifySilent("CG6004", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PublishAot>true</PublishAot>
                <EnableSdkContainerSupport>true</EnableSdkContainerSupport>
              </PropertyGroup>
            </Project>
            """, options: Approved);
        VerifySilent("CG6004", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/other/aspnet:10.0</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
    }
}
