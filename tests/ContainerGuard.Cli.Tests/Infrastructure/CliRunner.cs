using System.Text;
using ContainerGuard.Cli;
using ContainerGuard.Cli.Scanning;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>What one in-process run of the CLI returned and printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string All => Output + Error;
}

/// <summary>Runs <see cref="CliApplication"/> in-process with a working directory and captured writers.</summary>
public static class CliRunner
{
    /// <summary>Runs with the fixed test clock and the real rules of Core.</summary>
    public static CliRun Run(string workingDirectory, params string[] args)
        => Run(workingDirectory, FileLinterSet.Default, args);

    public static CliRun Run(string workingDirectory, FileLinterSet linters, params string[] args)
    {
        var output = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var error = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, workingDirectory, new LintOptions(Configuration.ContainerGuardConfiguration.Default, TestClock.Now), linters);
        int exitCode = CliApplication.Run(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <see cref="MarkerLinter"/> for Dockerfiles, so CLI behaviour is tested independently of the rules.</summary>
    public static CliRun RunWithMarkers(string workingDirectory, params string[] args)
        => Run(workingDirectory, MarkerLinter.Set, args);
}

public static class TestClock
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
}
