using System.Diagnostics;
using System.IO.Compression;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>
/// The command-line tool as users get it: <c>ContainerGuard.Tool</c> packed from this repository into a folder feed
/// with a unique version, installed with a real <c>dotnet tool install</c> into its own tool path and package folder,
/// and run as the installed command.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public sealed class ToolPackageTests
{
    private const string Dockerfile = "FROM ubuntu:latest\nRUN curl -k https://example.com/install.sh | sh\n";

    [SkippableFact]
    public void The_tool_package_installs_with_dotnet_tool_install_and_scans()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        using var root = new TempDirectory("cg-tool");
        string version = UniqueVersion();
        string feed = Path.Combine(root.Path, "feed");
        Pack(root, feed, version);
        using (var zip = ZipFile.OpenRead(Path.Combine(feed, $"ContainerGuard.Tool.{version}.nupkg")))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "tools/net10.0/any/containerguard.dll");
            Assert.Contains(zip.Entries, e => e.FullName == "tools/net10.0/any/DotnetToolSettings.xml");
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        }

        string command = Install(root, feed, version);
        var (exitCode, output, error) = Scan(command, root.Write("app/Dockerfile", Dockerfile));

        Assert.True(exitCode == 1, $"exit {exitCode}\n{output}\n{error}");
        Assert.Contains("warning CG4001:", output);
        Assert.Contains("warning CG4051:", output); // curl … | sh
        Assert.Contains("CG4052:", output);         // curl -k
        Assert.StartsWith("containerguard: 1 file scanned,", error);
    }

    /// <summary>
    /// <c>-p:ContainerGuardNativeAotTool=true</c>: a NativeAOT package for linux-x64 beside a framework-dependent
    /// fallback; on linux-x64 <c>dotnet tool install</c> picks the native executable, which reports what the
    /// framework-dependent build reports.
    /// </summary>
    [SkippableFact]
    public void The_NativeAOT_tool_packages_install_the_native_executable_on_linux_x64()
    {
        Skip.If(PackedPackageFixture.Disabled, PackedPackageFixture.DisabledMessage);
        Skip.IfNot(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64,
            "The NativeAOT tool package is built for linux-x64 only.");
        Skip.IfNot(OnPath("clang"), "NativeAOT needs a native toolchain: apt-get install clang lld zlib1g-dev (.ci/run installs it).");
        using var root = new TempDirectory("cg-tool-aot");
        string version = UniqueVersion();
        string feed = Path.Combine(root.Path, "feed");
        Pack(root, feed, version, "-p:ContainerGuardNativeAotTool=true");
        Pack(root, feed, version, "-p:ContainerGuardNativeAotTool=true", "-r", "linux-x64");
        Assert.True(File.Exists(Path.Combine(feed, $"ContainerGuard.Tool.{version}.nupkg")), "pointer package");
        Assert.True(File.Exists(Path.Combine(feed, $"ContainerGuard.Tool.any.{version}.nupkg")), "framework-dependent fallback package");
        Assert.True(File.Exists(Path.Combine(feed, $"ContainerGuard.Tool.linux-x64.{version}.nupkg")), "linux-x64 package");

        string command = Install(root, feed, version);
        string executable = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, File.ReadAllBytes(executable).Take(4).ToArray());
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(executable)!, "containerguard.dll")), "a native tool has no managed entry assembly");

        string dockerfile = root.Write("app/Dockerfile", Dockerfile);
        var native = Scan(command, dockerfile);
        var managed = RunManaged(dockerfile);

        Assert.True(native.ExitCode == 1, $"exit {native.ExitCode}\n{native.Output}\n{native.Error}");
        Assert.Equal(managed.Output, native.Output);
        Assert.Equal(managed.Error, native.Error);
    }

    private static string UniqueVersion() => "0.1.0-tool." + DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Pack(TempDirectory root, string feed, string version, params string[] extra)
    {
        var arguments = new List<string>
        {
            "pack", Path.Combine(Repository.Root, "src", "ContainerGuard.Cli"),
            "-c", "Release", "-o", feed, "-p:Version=" + version,
            // Outputs outside the working tree: the developer's bin/obj stay as they are.
            "--artifacts-path", Path.Combine(root.Path, "artifacts"),
            "-nodeReuse:false", "--tl:off", "-v:m",
        };
        arguments.AddRange(extra);
        var result = DotNet.Run(Repository.Root, arguments, timeout: TimeSpan.FromMinutes(10));
        Assert.True(result.Succeeded, result.ToString());
    }

    /// <summary>Installs into a tool path of its own, restoring into a package folder of its own; returns the command's path.</summary>
    private static string Install(TempDirectory root, string feed, string version)
    {
        string toolPath = Path.Combine(root.Path, "tools");
        var result = DotNet.Run(
            root.Path,
            new[] { "tool", "install", "ContainerGuard.Tool", "--version", version, "--tool-path", toolPath, "--add-source", feed },
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root.Path, "packages") });
        Assert.True(result.Succeeded, result.ToString());
        string command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "containerguard.exe" : "containerguard");
        Assert.True(File.Exists(command), $"{command} not installed:\n{result}");
        return command;
    }

    private static (int ExitCode, string Output, string Error) Scan(string command, string dockerfile)
        => Run(command, Array.Empty<string>(), dockerfile);

    /// <summary>The framework-dependent build of the same sources (the test's own copy of the tool).</summary>
    private static (int ExitCode, string Output, string Error) RunManaged(string dockerfile)
        => Run("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "containerguard.dll") }, dockerfile);

    private static (int ExitCode, string Output, string Error) Run(string fileName, string[] prefix, string dockerfile)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Path.GetDirectoryName(dockerfile)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in prefix)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("scan");
        start.ArgumentList.Add("Dockerfile");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{fileName} scan did not finish within 60 s");
        return (process.ExitCode, output.Result, error.Result);
    }

    private static bool OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
