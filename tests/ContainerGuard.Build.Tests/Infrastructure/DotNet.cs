using System.Diagnostics;
using System.Text;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> process: exit code and everything it printed.</summary>
public sealed record DotNetResult(int ExitCode, string Output, string CommandLine)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>For assert messages: the command and the last part of the output.</summary>
    public override string ToString()
        => $"dotnet {CommandLine} exited {ExitCode}\n" + (Output.Length > 6000 ? "…" + Output.Substring(Output.Length - 6000) : Output);
}

/// <summary>Runs the real <c>dotnet</c> CLI in a clean, isolated environment, with a time-out.</summary>
public static class DotNet
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(8);

    public static DotNetResult Run(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside MSBuild/VSTest: its MSBuild variables must not leak into the child build.
        foreach (string name in start.Environment.Keys.ToArray())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "false";
        if (environment != null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit((int)limit.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {limit}.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotNetResult(process.ExitCode, output.ToString(), string.Join(" ", arguments));
        }
    }

    /// <summary><c>dotnet build</c> with the switches every test wants: no node reuse, plain console logger.</summary>
    public static DotNetResult Build(string projectDirectory, IDictionary<string, string>? environment, params string[] extra)
        => Run(projectDirectory, new[] { "build", "-nodeReuse:false", "--tl:off", "-v:m" }.Concat(extra), environment);
}
