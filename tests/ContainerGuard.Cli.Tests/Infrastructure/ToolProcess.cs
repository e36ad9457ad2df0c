using System.Diagnostics;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>What one run of the built tool as a process returned and printed.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}

/// <summary>
/// The built tool (<c>containerguard.dll</c> beside the tests) as a real process; optionally as the unprivileged user
/// 'nobody' when the tests run as root (CI), for tests about permissions, which do not stop root.
/// </summary>
public static class ToolProcess
{
    private static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    private static string? Setpriv => new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);

    /// <summary>Permission bits only stop a user that is not root: skip when neither that nor dropping to 'nobody' is possible.</summary>
    public static void SkipUnlessPermissionsApply()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Unix permission bits are what this test takes away.");
        Skip.If(IsRoot && Setpriv is null, "Running as root, which reads every file, and setpriv (util-linux) is not there to run the tool as 'nobody'.");
    }

    public static ToolRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, unprivileged: false, args);

    public static ToolRun Run(string workingDirectory, bool unprivileged, params string[] args)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "containerguard.dll");
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        bool drop = unprivileged && IsRoot;
        var start = new ProcessStartInfo(drop ? Setpriv! : dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (drop)
        {
            foreach (string arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", dotnet })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HOME"] = workingDirectory;
        }

        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "containerguard did not finish within 60 s");
        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }
}
