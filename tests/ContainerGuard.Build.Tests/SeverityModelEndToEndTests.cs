using ContainerGuard.Cli;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Infrastructure.BuildOutput;

namespace ContainerGuard.Tests;

/// <summary>
/// One severity model on every surface (issue 10.2), with the packed package in a real build: the same .editorconfig and
/// containerguard.json give the analyzers' findings (C#) and the task's (Dockerfile) their severities in the one
/// documented order — NoWarn, WarningsAsErrors, .editorconfig (id, category, all), containerguard.json, default — and
/// <c>containerguard scan</c> of the same folder agrees for the Dockerfile.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class SeverityModelEndToEndTests
{
    // Fake credentials, written to be found.
    private const string Program = """
        const string AdminPassword = "Tr0ub4dor&3x";
        const string Orders = "Server=orders-db;Database=orders;User Id=app;Password=Pr0d-Db-pw;";
        System.Console.WriteLine(AdminPassword.Length + Orders.Length);

        """;

    private const string Dockerfile = "FROM ubuntu:latest\nUSER root\nCMD [\"./app\"]\n";

    private const string Configuration = """{ "rules": { "CG1001": "none", "CG1002": "error", "CG4010": "none", "CG4001": "error" } }""";

    private const string EditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.CG1001.severity = error

        [Dockerfile]
        dotnet_diagnostic.CG4010.severity = error
        dotnet_diagnostic.CG4001.severity = none
        dotnet_analyzer_diagnostic.category-Security.minimal-base.severity = error
        dotnet_diagnostic.CG4030.severity = error
        dotnet_diagnostic.CG4999.severity = error
        dotnet_diagnostic.CG4011.severity = warn

        """;

    private readonly PackedPackageFixture _package;

    public SeverityModelEndToEndTests(PackedPackageFixture package)
    {
        _package = package;
    }

    [SkippableFact]
    public void Editorconfig_and_containerguard_json_give_analyzers_and_task_the_same_order()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        string project = _package.CreateConsumer("app", PackedPackageFixture.ConsumerProject("<NoWarn>$(NoWarn);CG4030</NoWarn>"), new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["Dockerfile"] = Dockerfile,
            ["containerguard.json"] = Configuration,
            [".editorconfig"] = EditorConfig,
        });

        var result = DotNet.Build(project, _package.Environment);
        string log = BeforeSummary(result);

        Assert.False(result.Succeeded, result.ToString());
        // Analyzers: .editorconfig raises what the file switched off; the file's severity applies where .editorconfig is silent.
        Assert.Matches(Compiler("Program.cs", "error", "CG1001"), log);
        Assert.Matches(Compiler("Program.cs", "error", "CG1002"), log);
        // Task: the same order.
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4010"), log);   // .editorconfig raises the file's "none"
        Assert.DoesNotContain("CG4001", log, StringComparison.Ordinal);           // .editorconfig "none" over the file's "error"
        Assert.Matches(Canonical("/Dockerfile", 1, 6, "error", "CG4020"), log);   // category minimal-base
        Assert.DoesNotContain("CG4030", log, StringComparison.Ordinal);           // NoWarn over .editorconfig
        Assert.Matches(Canonical("/.editorconfig", 11, 1, "warning", "CG9003"), log);
        Assert.Matches(Canonical("/.editorconfig", 12, 1, "warning", "CG9003"), log);
        Assert.Equal(2, Count(result, "warning CG9003"));

        // The CLI on the same folder: the same severities for the Dockerfile (it has no MSBuild NoWarn, so CG4030 shows).
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        CliApplication.Run(new[] { "scan", "Dockerfile" }, new CliEnvironment(output, error, project));
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("Dockerfile(1,6,1,19): error CG4010:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dockerfile(1,6,1,19): error CG4020:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dockerfile(2,6,2,10): error CG4030:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("CG4001", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.StartsWith(".editorconfig(", StringComparison.Ordinal) && l.Contains(": warning CG9003:", StringComparison.Ordinal)));
    }
}
