using System.Text.Json;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>The built tool as a real process: entry point, console encoding and exit codes end to end.</summary>
public class ProcessTests
{
    [Fact]
    public void Built_tool_lists_rules_as_json_and_exits_0()
    {
        using var tree = new TempTree();

        var (exitCode, output, error) = ToolProcess.Run(tree.Root, "rules", "--format", "json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Catalog.RuleCatalog.All.Count, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Built_tool_scans_the_working_directory_and_reports_usage_errors_with_exit_2()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n").With("bin/Dockerfile", "\0");

        var scan = ToolProcess.Run(tree.Root, "scan", "--format", "sarif");
        var missing = ToolProcess.Run(tree.Root, "scan", "no-such-path");

        Assert.True(scan.ExitCode is 0 or 1, scan.Error);
        using var sarif = JsonDocument.Parse(scan.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.StartsWith("containerguard: 1 file scanned,", scan.Error);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("containerguard: path not found: no-such-path\n", missing.Error.Replace("\r\n", "\n"));
    }
}
