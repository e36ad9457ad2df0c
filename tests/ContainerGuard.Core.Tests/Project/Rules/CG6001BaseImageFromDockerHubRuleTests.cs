using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6001BaseImageFromDockerHubRuleTests
{
    [Fact]
    public void Docker_Hub_base_image_fires_on_the_value()
        => Verify("CG6001", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerBaseImage>[|ubuntu/dotnet-aspnet:10.0-24.04_edge|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void Written_docker_io_fires_too()
        => Verify("CG6001", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContainerBaseImage>[|docker.io/library/debian:12|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void Microsoft_and_private_registries_do_not_fire()
    {
        VerifySilent("CG6001", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:10.0</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
        VerifySilent("CG6001", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/mirror/dotnet/aspnet:10.0</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
    }

    [Fact]
    public void An_unresolved_base_image_does_not_fire()
        => VerifySilent("CG6001", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>$(BaseImageName):10.0</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """);
}
