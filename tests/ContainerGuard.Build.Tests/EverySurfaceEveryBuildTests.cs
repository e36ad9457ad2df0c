using ContainerGuard.Cli;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Infrastructure.BuildOutput;

namespace ContainerGuard.Tests;

/// <summary>
/// One build reports the findings of every surface, whatever else fails (issue 10.1): the packed package in a real
/// project, where a failed compile (a compiler error, a warning made an error) used to hide the Dockerfile and
/// project-file findings, and a Dockerfile error must not hide the compiler's. Also: the build and
/// <c>containerguard scan</c> agree on what a Dockerfile is.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class EverySurfaceEveryBuildTests
{
    private const string DockerHubDockerfile = "FROM ubuntu:latest\nUSER app\nCMD [\"./app\"]\n";

    // Fake credentials, written to be found.
    private const string SecretDockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV DB_PASSWORD=Tq83Winter2026Rk\nUSER app\n";
    private const string CertificateBypass = "using var handler = new System.Net.Http.HttpClientHandler { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true };\nConsole.WriteLine(handler.MaxConnectionsPerServer);\n";
    private const string HardCodedPassword = "const string AdminPassword = \"Tr0ub4dor&3x\";\nConsole.WriteLine(AdminPassword.Length);\n";
    private const string UnusedVariable = "int unused;\nConsole.WriteLine(\"hello\");\n";
    private const string SecretEnvironmentVariable = "<ItemGroup><ContainerEnvironmentVariable Include=\"DB_PASSWORD\" Value=\"Tq83Winter2026Rk\" /></ItemGroup>";
    private const string CompileError = "int number = \"text\";\nConsole.WriteLine(number);\n";

    private readonly PackedPackageFixture _package;

    public EverySurfaceEveryBuildTests(PackedPackageFixture package)
    {
        _package = package;
    }

    [SkippableFact]
    public void TreatWarningsAsErrors_with_a_compiler_warning_still_reports_the_Dockerfile_and_project_findings()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(Consumer(UnusedVariable, DockerHubDockerfile, properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>"));

        Assert.False(result.Succeeded, result.ToString());
        Assert.Matches(Compiler("Program.cs", "error", "CS0168"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4001"), result.Output);
        Assert.Matches(Canonical("app.csproj", 5, 20, "error", "CG6030"), result.Output);
    }

    [SkippableFact]
    public void Warnaserror_for_a_Dockerfile_code_and_an_analyzer_code_reports_both()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(Consumer(CertificateBypass, DockerHubDockerfile), "-warnaserror:CG4001,CG1010");

        Assert.False(result.Succeeded, result.ToString());
        Assert.Matches(Compiler("Program.cs", "error", "CG1010"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4001"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4010"), result.Output);
        Assert.Matches(Canonical("app.csproj", 5, 20, "warning", "CG6030"), result.Output);
    }

    [SkippableFact]
    public void An_analyzer_rule_set_to_error_in_containerguard_json_does_not_hide_the_other_surfaces()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var result = Build(Consumer(HardCodedPassword, DockerHubDockerfile, configuration: """{ "rules": { "CG1001": "error" } }"""));

        Assert.False(result.Succeeded, result.ToString());
        Assert.Matches(Compiler("Program.cs", "error", "CG1001"), result.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "warning", "CG4001"), result.Output);
        Assert.Matches(Canonical("app.csproj", 5, 20, "warning", "CG6030"), result.Output);
    }

    [SkippableFact]
    public void A_compile_error_and_a_secret_in_the_Dockerfile_are_both_reported_and_either_fails_the_build()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        var both = Build(Consumer(CompileError, SecretDockerfile));
        var secretOnly = Build(Consumer("Console.WriteLine(\"hello\");\n", SecretDockerfile, items: SecretEnvironmentVariable));

        Assert.False(both.Succeeded, both.ToString());
        Assert.Matches(Canonical("/Dockerfile", 2, 17, "error", "CG4040"), both.Output);
        Assert.Matches(Compiler("Program.cs", "error", "CS0029"), both.Output);
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "message", "CG4011"), both.Output);
        Assert.Matches(Canonical("app.csproj", 5, 20, "warning", "CG6030"), both.Output);
        Assert.False(secretOnly.Succeeded, secretOnly.ToString());
        Assert.Matches(Canonical("/Dockerfile", 2, 17, "error", "CG4040"), secretOnly.Output);
        Assert.Matches(Canonical("app.csproj", 10, 73, "error", "CG6040"), secretOnly.Output);
        Assert.DoesNotContain("Tq83Winter2026Rk", both.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Tq83Winter2026Rk", secretOnly.Output, StringComparison.Ordinal);
    }

    /// <summary>The package's default items and the CLI's discovery lint the same names (Core's classifier decides both).</summary>
    [SkippableFact]
    public void The_build_and_the_CLI_agree_on_which_files_are_Dockerfiles()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        string[] names = { "Dockerfile.md", "Dockerfile.dev", "app.Dockerfile", "Containerfile", "dockerfile", "Dockerfile.template", "Dockerfile", "x.Containerfile", "Containerfile.arm64", "Dockerfile.dockerignore", "README.md" };
        // Each in a folder of its own (case-insensitive file systems), each not text: a linted one is one CG9001 naming it.
        var files = names.Select((name, i) => ($"n{i}/{name}", "\0")).ToDictionary(p => p.Item1, p => p.Item2);
        files["Program.cs"] = "System.Console.WriteLine(\"hello\");\n";
        string project = _package.CreateConsumer("app", PackedPackageFixture.ConsumerProject(), files);

        var build = Build(project);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApplication.Run(new[] { "scan" }, new CliEnvironment(output, error, project));

        var expected = new[] { "Containerfile", "Containerfile.arm64", "Dockerfile", "Dockerfile.dev", "app.Dockerfile", "dockerfile", "x.Containerfile" };
        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(1, exit);
        Assert.Equal(expected, LintedNames(BeforeSummary(build), names));
        Assert.Equal(expected, LintedNames(output.ToString(), names));
    }

    private static string[] LintedNames(string log, string[] names)
        => names.Select((name, i) => (name, folder: $"n{i}/"))
            .Where(n => System.Text.RegularExpressions.Regex.IsMatch(log, System.Text.RegularExpressions.Regex.Escape(n.folder + n.name) + @"\(1,1(,1,1)?\): warning CG9001"))
            .Select(n => n.name)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    private string Consumer(string program, string dockerfile, string properties = "", string? configuration = null, string items = "")
    {
        var files = new Dictionary<string, string> { ["Program.cs"] = program, ["Dockerfile"] = dockerfile };
        if (configuration is not null)
        {
            files["containerguard.json"] = configuration;
        }

        return _package.CreateConsumer("app", PackedPackageFixture.ConsumerProject("<ContainerUser>root</ContainerUser><ImplicitUsings>enable</ImplicitUsings>" + properties, items), files);
    }

    private DotNetResult Build(string project, params string[] extra)
        => DotNet.Build(project, _package.Environment, extra);
}
