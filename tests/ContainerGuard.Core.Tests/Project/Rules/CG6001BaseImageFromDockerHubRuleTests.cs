using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6001BaseImageFromDockerHubTests
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

public class CG6002BaseImageFromPublicRegistryTests
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

public class CG6003RegistryNotApprovedTests
{
    private static readonly LintOptions Approved = WithConfig("""{ "approvedRegistries": [ "contoso.azurecr.io" ] }""");

    [Fact]
    public void A_default_image_off_the_list_fires_on_the_project_element()
        => Verify("CG6003", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerFamily>noble-chiseled</ContainerFamily>
              </PropertyGroup>
            </Project>
            """, options: Approved);

    [Fact]
    public void An_explicit_image_and_a_push_target_off_the_list_fire_on_their_values()
        => Verify("CG6003", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>[|ghcr.io/contoso/aspnet:10.0|]</ContainerBaseImage>
                <ContainerRegistry>[|fabrikam.azurecr.io|]</ContainerRegistry>
              </PropertyGroup>
            </Project>
            """, options: Approved);

    [Fact]
    public void Images_and_push_targets_on_the_list_do_not_fire()
        => VerifySilent("CG6003", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/dotnet/aspnet:10.0-noble-chiseled</ContainerBaseImage>
                <ContainerRegistry>contoso.azurecr.io</ContainerRegistry>
              </PropertyGroup>
            </Project>
            """, options: Approved);

    [Fact]
    public void Without_a_list_the_push_target_is_not_judged()
        => VerifySilent("CG6003", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerBaseImage>contoso.azurecr.io/dotnet/aspnet:10.0-noble-chiseled</ContainerBaseImage>
                <ContainerRegistry>docker.io</ContainerRegistry>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void With_a_list_Docker_Hub_is_CG6003_not_CG6001()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <ContainerBaseImage>[|debian:12|]</ContainerBaseImage>
              </PropertyGroup>
            </Project>
            """;
        Verify("CG6003", project, options: Approved);
        VerifySilent("CG6001", project.Replace("[|", string.Empty).Replace("|]", string.Empty), options: Approved);
    }
}

public class CG6004BaseImageNotApprovedTests
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
