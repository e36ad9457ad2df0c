using ContainerGuard.Project;
using static ContainerGuard.Tests.Project.ProjectVerifier;

namespace ContainerGuard.Tests.Project.Rules;

public class CG6040SecretInEnvironmentVariableRuleTests
{
    private const string Id = "CG6040";

    [Theory]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="[|S3cr3t!x9|]" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="ConnectionStrings__Db" Value="Server=db;User Id=app;Password=[|S3cr3t!x9|];" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="GIT_CONFIG" Value="[|ghp_0123456789abcdefABCDEF0123456789abcd|]" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="JAVA_OPTS" Value="-Xmx1g -Ddb.password=[|S3cr3t!x9|]" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="API_KEY"><Value>[|Zq8vLm2Rt5Xw9Kp3|]</Value></ContainerEnvironmentVariable>""")]
    [InlineData("""<ContainerEnvironmentVariable Include="ASPNETCORE_URLS;DB_PASSWORD" Value="[|S3cr3t!x9|]" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value='[|S3cr3t!x9|]' Condition="'$(Configuration)' == 'Release'" />""")]
    public void A_secret_in_the_value_fires_at_its_span(string item)
    {
        var findings = Verify(Id, Project(item));
        Assert.All(findings, f => Assert.DoesNotContain("S3cr3t!x9", f.Message, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains("image configuration", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_with_xml_entities_is_reported_on_the_whole_value()
        => Verify(Id, Project("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="[|S3cr3t&amp;x9!|]" />"""));

    [Fact]
    public void An_update_that_writes_a_secret_is_reported_where_it_is_written()
        => Verify(Id, Project("""
            <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="$(DbPassword)" />
            <ContainerEnvironmentVariable Update="DB_PASSWORD" Value="[|S3cr3t!x9|]" />
            """));

    [Theory]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="$(DbPassword)" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="&lt;password&gt;" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="changeme" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD_FILE" Value="/run/secrets/db" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="ASPNETCORE_URLS" Value="http://+:8080" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" />""")]
    [InlineData("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="S3cr3t!x9" /><ContainerEnvironmentVariable Remove="DB_PASSWORD" />""")]
    [InlineData("""<ContainerPort Include="8080" Type="tcp" /><ContainerLabel Include="password" Value="S3cr3t!x9" />""")]
    public void Silent(string item) => VerifySilent(Id, Project(item));

    [Fact]
    public void A_value_expanded_from_a_property_is_reported_on_the_value_as_written()
        => Verify(Id, """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <DbPassword>S3cr3t!x9</DbPassword>
              </PropertyGroup>
              <ItemGroup>
                <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="[|$(DbPassword)|]" />
              </ItemGroup>
            </Project>
            """);

    [Fact]
    public void Items_alone_opt_a_project_into_sdk_container_linting()
        => Verify(Id, """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="[|S3cr3t!x9|]" />
              </ItemGroup>
            </Project>
            """);

    [Fact]
    public void Evaluated_items_are_located_in_the_file()
        => Verify(Id, Project("""<ContainerEnvironmentVariable Include="DB_PASSWORD" Value="[|S3cr3t!x9|]" />"""),
            new ProjectContainerProperties
            {
                TargetFramework = "net10.0",
                IsAspNetCore = true,
                EnvironmentVariables = new[] { new ContainerEnvironmentVariable("DB_PASSWORD", "S3cr3t!x9") },
            });

    [Fact]
    public void An_evaluated_item_written_elsewhere_is_reported_at_the_project_element()
        => Verify(Id, """
            [|<Project Sdk="Microsoft.NET.Sdk.Web">|]
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """,
            new ProjectContainerProperties
            {
                TargetFramework = "net10.0",
                IsAspNetCore = true,
                EnvironmentVariables = new[] { new ContainerEnvironmentVariable("API_TOKEN", "Zq8vLm2Rt5Xw9Kp3") },
            });

    [Fact]
    public void An_item_in_Directory_Build_props_is_reported_there()
    {
        const string props = """
            <Project>
              <ItemGroup>
                <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="S3cr3t!x9" />
              </ItemGroup>
            </Project>
            """;
        var finding = Assert.Single(Linter.LintProjectFile(ProjectPath, Project(string.Empty), Options(), "/src/Directory.Build.props", props), f => f.RuleId == Id);
        Assert.Equal("/src/Directory.Build.props", finding.Path);
        Assert.Equal("(3,64,3,73)", finding.Span.ToString());
    }

    private static string Project(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ContainerFamily>noble-chiseled</ContainerFamily>
          </PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
        </Project>
        """;
}
