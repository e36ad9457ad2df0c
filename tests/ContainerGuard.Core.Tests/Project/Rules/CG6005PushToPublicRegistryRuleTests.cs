using ContainerGuard.Project;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6005PushToPublicRegistryRuleTests
{
    [Theory]
    [InlineData("docker.io", "Docker Hub")]
    [InlineData("registry-1.docker.io", "Docker Hub")]
    [InlineData("ghcr.io", "GitHub Container Registry")]
    [InlineData("quay.io", "Quay")]
    [InlineData("public.ecr.aws", "Amazon ECR Public")]
    [InlineData("us-docker.pkg.dev", "us-docker.pkg.dev")]
    public void A_public_push_target_fires_on_its_value(string registry, string service)
    {
        var finding = Verify("CG6005", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerFamily>noble-chiseled</ContainerFamily>
                <ContainerRegistry>[|{registry}|]</ContainerRegistry>
                <ContainerRepository>contoso/shop</ContainerRepository>
              </PropertyGroup>
            </Project>
            """).Single();
        Assert.Contains($"is {service}, a public registry service", finding.Message, StringComparison.Ordinal);
        Assert.Equal(ContainerGuard.Catalog.Severity.Info, finding.Severity);
    }

    [Fact]
    public void A_push_target_set_outside_the_file_is_reported_at_the_project_element()
        => Verify("CG6005", """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """, new ProjectContainerProperties { TargetFramework = "net10.0", IsAspNetCore = true, ContainerRegistry = "ghcr.io" });

    [Theory]
    [InlineData("contoso.azurecr.io")]
    [InlineData("localhost:5000")]
    [InlineData("registry.contoso.com")]
    [InlineData("$(PushRegistry)")]
    public void A_private_or_unresolved_push_target_is_silent(string registry)
        => VerifySilent("CG6005", $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerRegistry>{registry}</ContainerRegistry>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void No_push_target_is_silent()
        => VerifySilent("CG6005", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerFamily>noble-chiseled</ContainerFamily>
              </PropertyGroup>
            </Project>
            """);

    [Fact]
    public void With_approved_registries_the_push_target_is_CG6003s()
    {
        const string project = """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <ContainerRegistry>[|docker.io|]</ContainerRegistry>
              </PropertyGroup>
            </Project>
            """;
        var options = WithConfig("""{ "approvedRegistries": [ "contoso.azurecr.io", "mcr.microsoft.com" ] }""");
        VerifySilent("CG6005", project.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal), options: options);
        Verify("CG6003", project, options: options);
    }
}
