using System.Diagnostics;
using System.Text.Json;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>The built tool as a real process: entry point, console encoding and exit codes end to end.</summary>
public class ProcessTests
{
    private static (int ExitCode, string Output, string Error) RunTool(string workingDirectory, params string[] args)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "containerguard.dll");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "containerguard did not finish within 60 s");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Built_tool_lists_rules_as_json_and_exits_0()
    {
        using var tree = new TempTree();

        var (exitCode, output, error) = RunTool(tree.Root, "rules", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Catalog.RuleCatalog.All.Count, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Built_tool_scans_the_working_directory_and_reports_usage_errors_with_exit_2()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n").With("bin/Dockerfile", "\0");

        var scan = RunTool(tree.Root, "scan", "--format", "sarif");
        var missing = RunTool(tree.Root, "scan", "no-such-path");

        Assert.True(scan.ExitCode is 0 or 1, scan.Error);
        using var sarif = JsonDocument.Parse(scan.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.StartsWith("containerguard: 1 file scanned,", scan.Error);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("containerguard: path not found: no-such-path\n", missing.Error.Replace("\r\n", "\n"));
    }
}
