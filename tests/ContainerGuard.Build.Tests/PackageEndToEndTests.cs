using System.IO.Compression;
using System.Text.RegularExpressions;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Infrastructure.BuildOutput;

namespace ContainerGuard.Tests;

/// <summary>
/// The real thing: the package packed from this repository, restored by a throwaway project from a local
/// feed, and real <c>dotnet build</c> processes. Slow (minutes), and the proof that the package works.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class PackageEndToEndTests
{
    private const string ProjectTemplate = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <!--PROPERTIES-->
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ContainerGuard" Version="$(ContainerGuardVersion)" />
          </ItemGroup>
          <!--ITEMS-->
        </Project>
        """;

    private readonly PackedPackageFixture _package;

    public PackageEndToEndTests(PackedPackageFixture package)
    {
        _package = package;
    }

    [SkippableFact]
    public void Package_has_the_documented_layout()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        Assert.True(_package.PackResult.Succeeded, _package.PackResult.ToString());
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[]
            {
                "ContainerGuard.nuspec",
                "README.md",
                "analyzers/dotnet/cs/ContainerGuard.Analyzers.dll",
                "analyzers/dotnet/cs/ContainerGuard.CodeFixes.dll",
                "analyzers/dotnet/cs/ContainerGuard.Core.dll",
                "build/ContainerGuard.props",
                "build/ContainerGuard.targets",
                "buildTransitive/ContainerGuard.props",
                "buildTransitive/ContainerGuard.targets",
                "tasks/net472/ContainerGuard.Build.dll",
                "tasks/net472/ContainerGuard.Core.dll",
                "tasks/net8.0/ContainerGuard.Build.dll",
                "tasks/net8.0/ContainerGuard.Core.dll",
            },
            entries);

        using var nuspec = new StreamReader(zip.GetEntry("ContainerGuard.nuspec")!.Open());
        string text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text);
        Assert.Contains($"<version>{_package.Version}</version>", text);
        Assert.DoesNotContain("<dependencies>", text);
        Assert.DoesNotContain("<dependency ", text);
    }

    [SkippableFact]
    public void Build_reports_findings_as_MSBuild_warnings_with_codes_positions_and_help_links()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        string project = CreateConsumer(extraFiles: new Dictionary<string, string> { ["deploy/bad.Dockerfile"] = "RUN echo before any FROM\nFROM alpine:3.20\n" });

        var result = Build(project);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4001"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4010"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "message", "CG4011"), result.Output);
        Assert.Matches(Canonical("/bad.Dockerfile", 1, 1, "warning", "CG9002"), result.Output);
        Assert.Matches(Canonical("containerguard.json", 2, 3, "warning", "CG9003"), result.Output);
        Assert.Single(Canonical("/Dockerfile", 1, 6, "warning", "CG4001").Matches(BeforeSummary(result)));
        Assert.Matches(Canonical("/bad.Dockerfile", 2, 6, "warning", "CG4001"), result.Output);
        Assert.Matches(new Regex(@"broken\.Dockerfile\(1,1(,1,1)?\): warning CG9001: The file is not text [^\n]*\(" + Regex.Escape(HelpBase + "CG9001.md") + @"\)"), result.Output);
        Assert.Equal(1, Count(result, "warning CG9001"));
        Assert.Equal(1, Count(result, "warning CG9003"));
    }

    [SkippableFact]
    public void Default_items_skip_bin_obj_node_modules_and_dockerignore_files_and_honour_Remove()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        // Every file below holds NUL bytes: linted, it would be a CG9001 naming it.
        string project = CreateConsumer(
            items: """<ItemGroup><ContainerGuardDockerfile Remove="tools/broken.Dockerfile" /><ContainerGuardDockerfile Include="extra/custom-name" /></ItemGroup>""",
            extraFiles: new Dictionary<string, string>
            {
                ["node_modules/pkg/Dockerfile"] = "\0",
                ["bin/Dockerfile"] = "\0",
                ["obj/Dockerfile"] = "\0",
                ["Dockerfile.dockerignore"] = "\0",
                ["extra/custom-name"] = "\0",
            });

        var result = Build(project);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(1, Count(result, "warning CG9001"));
        Assert.Matches(@"custom-name\(1,1(,1,1)?\): warning CG9001", result.Output);
    }

    [SkippableFact]
    public void Warnaserror_switch_fails_the_build_with_our_codes_as_errors()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        string project = CreateConsumer();

        var result = Build(project, "-warnaserror");

        Assert.False(result.Succeeded, result.ToString());
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4001"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4010"), result.Output);
        Assert.Matches(Canonical("containerguard.json", 2, 3, "error", "CG9003"), result.Output);
        Assert.Contains("error CG9001", result.Output);
    }

    [SkippableFact]
    public void TreatWarningsAsErrors_fails_the_build_and_WarningsNotAsErrors_exempts_codes()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var strict = Build(CreateConsumer("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>"));
        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4001"), strict.Output);
        Assert.Matches(Canonical("containerguard.json", 2, 3, "error", "CG9003"), strict.Output);
        Assert.Contains("error CG9001", strict.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "message", "CG4011"), strict.Output);

        var exempt = Build(CreateConsumer("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>$(WarningsNotAsErrors);CG4001</WarningsNotAsErrors>"));
        Assert.False(exempt.Succeeded, exempt.ToString());
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4001"), exempt.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4010"), exempt.Output);
    }

    [SkippableFact]
    public void NoWarn_silences_one_code_only()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(CreateConsumer("<NoWarn>$(NoWarn);CG4001;CG4011;CG9003</NoWarn>"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.DoesNotContain("CG4001", result.Output);
        Assert.DoesNotContain("CG4011", result.Output);
        Assert.DoesNotContain("CG9003", result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4010"), result.Output);
        Assert.Equal(1, Count(result, "warning CG9001"));
    }

    [SkippableFact]
    public void WarningsAsErrors_promotes_one_code_only()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(CreateConsumer("<WarningsAsErrors>$(WarningsAsErrors);CG4010;CG9001</WarningsAsErrors>"));

        Assert.False(result.Succeeded, result.ToString());
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4010"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4001"), result.Output);
        Assert.Contains("error CG9001", result.Output);
        Assert.Matches(Canonical("containerguard.json", 2, 3, "warning", "CG9003"), result.Output);
    }

    [SkippableFact]
    public void No_change_rebuild_reports_the_same_findings_again_from_the_cache()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        string project = CreateConsumer(extraFiles: new Dictionary<string, string> { ["deploy/api.Dockerfile"] = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\n" });
        string firstLog = Path.Combine(project, "first.log");
        string secondLog = Path.Combine(project, "second.log");

        var first = Build(project, "-flp:verbosity=detailed;logfile=" + firstLog);
        var second = Build(project, "-flp:verbosity=detailed;logfile=" + secondLog);

        Assert.True(first.Succeeded, first.ToString());
        Assert.True(second.Succeeded, second.ToString());
        Assert.Contains("ContainerGuard: 3 file(s) linted, 0 replayed from the cache.", File.ReadAllText(firstLog));
        Assert.Contains("ContainerGuard: 0 file(s) linted, 3 replayed from the cache.", File.ReadAllText(secondLog));
        Assert.Equal(FindingLines(first), FindingLines(second));
        Assert.NotEmpty(FindingLines(second));
        Assert.True(File.Exists(Path.Combine(project, "obj", "Debug", "net10.0", "containerguard.cache")));

        File.AppendAllText(Path.Combine(project, "deploy", "api.Dockerfile"), "EXPOSE 8080\n");
        string thirdLog = Path.Combine(project, "third.log");
        var third = Build(project, "-flp:verbosity=detailed;logfile=" + thirdLog);
        Assert.True(third.Succeeded, third.ToString());
        Assert.Contains("ContainerGuard: 1 file(s) linted, 2 replayed from the cache.", File.ReadAllText(thirdLog));
    }

    [SkippableFact]
    public void Sdk_container_properties_are_linted_where_they_are_written()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(CreateConsumer("<ContainerUser>root</ContainerUser>"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Matches(Canonical("app.csproj", 6, 20, "warning", "CG6030"), result.Output);
    }

    [SkippableFact]
    public void ContainerGuardEnabled_false_reports_nothing()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(CreateConsumer("<ContainerGuardEnabled>false</ContainerGuardEnabled>"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.DoesNotContain("CG9", result.Output);
        Assert.DoesNotContain("CG4", result.Output);
    }

    [SkippableFact]
    public void Approved_registries_property_is_validated_at_the_project_file()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(CreateConsumer("<ContainerGuardApprovedRegistries>contoso.azurecr.io;http://bad host/</ContainerGuardApprovedRegistries>"));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Matches(new Regex(@"\.csproj\(1,1(,1,1)?\): warning CG9003: [^\n]*ContainerGuardApprovedRegistries"), result.Output);
    }

    private string CreateConsumer(string properties = "", string items = "", IDictionary<string, string>? extraFiles = null)
    {
        var files = new Dictionary<string, string>
        {
            ["Program.cs"] = "System.Console.WriteLine(\"hello\");\n",
            ["Dockerfile"] = "FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\nCMD [\"./app\"]\n",
            ["containerguard.json"] = "{\n  \"approvedRegistry\": [\"contoso.azurecr.io\"]\n}\n",
            ["tools/broken.Dockerfile"] = "FROM scratch\0\0\n",
        };
        foreach (var extra in extraFiles ?? new Dictionary<string, string>())
        {
            files[extra.Key] = extra.Value;
        }

        return _package.CreateConsumer(
            "app",
            ProjectTemplate.Replace("<!--PROPERTIES-->", properties).Replace("<!--ITEMS-->", items),
            files);
    }

    private DotNetResult Build(string project, params string[] extra)
        => DotNet.Build(project, _package.Environment, extra);
}
