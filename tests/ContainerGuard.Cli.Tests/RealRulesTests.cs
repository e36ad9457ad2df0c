using System.Text.Json;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>The CLI with Core's real rules: Dockerfiles and project files end to end.</summary>
public class RealRulesTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
            <ContainerBaseImage>ubuntu:22.04</ContainerBaseImage>
            <ContainerUser>root</ContainerUser>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public void Project_files_get_CG6xxx_findings_at_the_property()
    {
        using var tree = new TempTree().With("src/Api/Api.csproj", Project);

        var run = CliRunner.Run(tree.Root, "scan", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(1, run.ExitCode);
        Assert.All(findings, f => Assert.Equal(TempTree.Native("src/Api/Api.csproj"), f.GetProperty("path").GetString()));
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "CG6001" && f.GetProperty("line").GetInt32() == 4);
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "CG6030" && f.GetProperty("line").GetInt32() == 5);
    }

    [Fact]
    public void A_library_project_without_container_properties_gets_nothing()
    {
        using var tree = new TempTree().With("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
            </Project>
            """);

        var run = CliRunner.Run(tree.Root, "scan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("containerguard: 1 file scanned, 0 errors, 0 warnings, 0 info.", run.Error);
    }

    [Fact]
    public void Dockerfile_on_an_approved_private_registry_running_as_non_root_passes_at_warning_threshold()
    {
        using var tree = new TempTree().With("Dockerfile", """
            FROM contoso.azurecr.io/dotnet/aspnet:8.0-noble-chiseled@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            COPY app/ /app/
            USER app
            ENTRYPOINT ["dotnet", "/app/Api.dll"]
            """);

        var run = CliRunner.Run(tree.Root, "scan", "--approved-registry", "contoso.azurecr.io");

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Approved_registry_flag_turns_Docker_Hub_into_a_not_approved_finding()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu:22.04\nUSER app\n");

        var defaults = CliRunner.Run(tree.Root, "scan");
        var approved = CliRunner.Run(tree.Root, "scan", "--approved-registry", "contoso.azurecr.io");

        Assert.Contains(defaults.OutputLines, l => l.Contains(" CG4001: ", StringComparison.Ordinal));
        Assert.Contains(approved.OutputLines, l => l.StartsWith("Dockerfile(1,6,1,18): warning CG4003: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Severity_from_the_nearest_configuration_file_applies_to_real_rules()
    {
        using var tree = new TempTree()
            .With("containerguard.json", """{ "rules": { "CG4010": "error", "CG4011": "none" } }""")
            .With("Dockerfile", "FROM contoso.azurecr.io/base\nUSER app\n");

        var run = CliRunner.Run(tree.Root, "scan", "--severity-threshold", "error");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Dockerfile(1,6,1,29): error CG4010: ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.OutputLines, l => l.Contains(" CG4011: ", StringComparison.Ordinal));
    }
}
