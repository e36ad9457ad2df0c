using System.Diagnostics;
using System.Runtime.InteropServices;
using ContainerGuard.Cli;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// The command line says what happened: a file of no known kind, an option it does not know, a file or folder it may
/// not read. Permission problems are tested with the built tool as a real process; as root (CI) it runs as the
/// unprivileged user 'nobody' (setpriv), since permission bits do not stop root.
/// </summary>
public class ScanReportsWhatHappenedTests
{
    private const string ArmStart = """{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }""";

    [Fact]
    public void A_CSharp_file_is_not_linted_as_a_Dockerfile_and_the_message_says_where_CSharp_findings_come_from()
    {
        using var tree = new TempTree().With("Secrets.cs", "using System;\nclass Secrets { const string Password = \"hunter2-but-longer\"; }\n");

        var run = CliRunner.Run(tree.Root, "scan", "Secrets.cs");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("containerguard: Secrets.cs: source code is not scanned by 'containerguard scan'; the ContainerGuard package's analyzers check C# when the project builds (see 'containerguard scan --help').\n", run.Error);
        Assert.DoesNotContain("USING", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Appsettings_json_is_not_called_an_ARM_template()
    {
        using var tree = new TempTree()
            .With("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }""")
            .With("azuredeploy.json", ArmStart);

        var named = CliRunner.Run(tree.Root, "scan", "appsettings.json");
        var template = CliRunner.Run(tree.Root, "scan", "azuredeploy.json");
        var walked = CliRunner.Run(tree.Root, "scan");

        Assert.Equal(2, named.ExitCode);
        Assert.Equal("containerguard: appsettings.json: not an ARM template (its \"$schema\" does not name a deployment template), nor any other kind of file ContainerGuard checks.\n", named.Error);
        Assert.Equal(0, template.ExitCode);
        Assert.StartsWith("containerguard: azuredeploy.json: ARM templates are not checked in this version.\n", template.Error);
        Assert.DoesNotContain("appsettings", walked.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_options_are_usage_errors_and_a_path_that_looks_like_one_goes_after_a_double_dash()
    {
        using var tree = new TempTree().With("-odd.Dockerfile", "FROM ubuntu\n");

        var bogus = CliRunner.RunWithMarkers(tree.Root, "scan", "--bogus");
        var dashed = CliRunner.RunWithMarkers(tree.Root, "scan", "--", "-odd.Dockerfile");

        Assert.Equal(2, bogus.ExitCode);
        Assert.Equal("containerguard: unknown option '--bogus' for 'scan' (a path that starts with '-' goes after '--').\nRun 'containerguard scan --help' for usage.\n", bogus.Error);
        Assert.DoesNotContain("path not found", bogus.Error, StringComparison.Ordinal);
        Assert.Equal(1, dashed.ExitCode);
        Assert.Equal(new[] { "-odd.Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub." }, dashed.OutputLines);
    }

    [Fact]
    public void Help_says_CSharp_findings_come_from_the_build_and_how_to_get_them_into_SARIF()
    {
        var run = CliRunner.Run(Path.GetTempPath(), "scan", "--help");

        Assert.Equal(0, run.ExitCode);
        string help = string.Join(" ", run.Output.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("C# code is not scanned here: the ContainerGuard package's analyzers check it when the project builds (CG1xxx).", help);
        Assert.Contains("-p:ErrorLog=build.sarif%2Cversion=2.1", help);
        Assert.Contains("--max-file-size-mib", help);
    }

    [SkippableFact]
    public void A_FIFO_named_like_a_Dockerfile_is_CG9001_not_a_hang()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "FIFOs are a Unix thing.");
        using var tree = new TempTree().With("ok/Dockerfile", "FROM ubuntu\n");
        Assert.Equal(0, MakeFifo(tree.PathOf("pipe/Dockerfile")));

        var watch = Stopwatch.StartNew();
        var run = ToolProcess.Run(tree.Root, unprivileged: false, "scan");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pipe/Dockerfile(1,1,1,1): warning CG9001: The file could not be read (it is not a regular file, or it did not open within 2 s) and was not checked.", run.Lines);
        Assert.Contains(run.Lines, l => l.StartsWith("ok/Dockerfile(1,6,1,12): warning CG4001", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void An_unreadable_folder_under_the_tree_is_CG9001_naming_it_and_the_rest_is_scanned()
    {
        using var tree = new TempTree().With("ok/Dockerfile", "FROM ubuntu\n").With("locked/inner/Dockerfile", "FROM ubuntu\n");
        ToolProcess.SkipUnlessPermissionsApply();
        Chmod(tree.PathOf("locked"), UnixFileMode.None);
        try
        {
            var run = ToolProcess.Run(tree.Root, unprivileged: true, "scan");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("locked(1,1,1,1): warning CG9001: The folder could not be read (UnauthorizedAccessException); the files in it were not checked.", run.Lines);
            Assert.Contains(run.Lines, l => l.StartsWith("ok/Dockerfile(1,6,1,12): warning CG4001", StringComparison.Ordinal));
        }
        finally
        {
            Chmod(tree.PathOf("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableFact]
    public void Unreadable_paths_named_on_the_command_line_are_CG9001_not_path_not_found()
    {
        using var tree = new TempTree()
            .With("secret/Dockerfile", "FROM ubuntu\n")
            .With("private.Dockerfile", "FROM ubuntu\n")
            .With("ok/Dockerfile", "FROM ubuntu\n");
        ToolProcess.SkipUnlessPermissionsApply();
        Chmod(tree.PathOf("secret"), UnixFileMode.None);
        Chmod(tree.PathOf("private.Dockerfile"), UnixFileMode.None);
        try
        {
            var run = ToolProcess.Run(tree.Root, unprivileged: true, "scan", "secret/Dockerfile", "private.Dockerfile", "ok");

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.DoesNotContain("path not found", run.Error, StringComparison.Ordinal);
            Assert.Contains("private.Dockerfile(1,1,1,1): warning CG9001: The file could not be read (UnauthorizedAccessException) and was not checked.", run.Lines);
            Assert.Contains("secret/Dockerfile(1,1,1,1): warning CG9001: The file could not be read (UnauthorizedAccessException) and was not checked.", run.Lines);
            Assert.Contains(run.Lines, l => l.StartsWith("ok/Dockerfile(1,6,1,12): warning CG4001", StringComparison.Ordinal));
        }
        finally
        {
            Chmod(tree.PathOf("secret"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void Chmod(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifoNative(string path, uint mode);

    private static int MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return MakeFifoNative(path, Convert.ToUInt32("644", 8));
    }
}
