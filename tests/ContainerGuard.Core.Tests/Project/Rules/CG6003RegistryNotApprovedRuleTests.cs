using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6003RegistryNotApprovedRuleTests
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
