using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ContainerGuard.Cli.Reporting;
using ContainerGuard.Cli.Scanning;
using ContainerGuard.Configuration;
using ContainerGuard.Catalog;
using ContainerGuard.Files;
using ContainerGuard.Findings;

namespace ContainerGuard.Cli;

/// <summary>Where a run writes and which folder it runs in; tests pass their own.</summary>
public sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error, string workingDirectory, LintOptions? lintOptions = null, FileLinterSet? linters = null)
    {
        Linters = linters ?? FileLinterSet.Default;
        Output = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        LintOptions = lintOptions ?? LintOptions.Default;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    /// <summary>Base options (the clock); the configuration is resolved per file.</summary>
    public LintOptions LintOptions { get; }

    /// <summary>The linter per file kind; <see cref="FileLinterSet.Default"/> runs Core's rules.</summary>
    public FileLinterSet Linters { get; }
}

/// <summary>The <c>containerguard</c> command line: verbs, options and exit codes (DESIGN.md).</summary>
public static class CliApplication
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUsageOrIoError = 2;

    public static int Run(string[] args, CliEnvironment environment)
    {
        int separator = Array.IndexOf(args, "--");
        var literal = separator < 0 ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(args.Skip(separator + 1), StringComparer.Ordinal);
        var root = BuildCommand(environment, literal);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine("containerguard: " + error.Message);
            }

            environment.Error.WriteLine("Run 'containerguard --help' for usage.");
            return ExitUsageOrIoError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only the type: exception text can quote file content.
            environment.Error.WriteLine($"containerguard: internal error ({ex.GetType().Name}). Please report it.");
            return ExitUsageOrIoError;
        }
    }

    private static RootCommand BuildCommand(CliEnvironment environment, ISet<string> literalArguments)
    {
        var root = new RootCommand("ContainerGuard: lint Dockerfiles and .NET SDK container settings against container-security practice.");
        root.Subcommands.Add(BuildScan(environment, literalArguments));
        root.Subcommands.Add(BuildRules(environment));
        root.Subcommands.Add(NotYetAvailable("image", "Inspect a built image through the Docker engine (not yet available).", withImageArgument: true, environment));
        root.Subcommands.Add(NotYetAvailable("containers", "Audit the running containers through the Docker engine (not yet available).", withImageArgument: false, environment));
        return root;
    }

    /// <summary>What <c>scan --help</c> says besides the options: what is scanned, and where C# findings come from.</summary>
    public static string ScanDescription =>
        $"Lint {FileKinds.DescribeAll(withLinterOnly: true)} under the given paths{NotYetChecked()}. "
        + "C# code is not scanned here: the ContainerGuard package's analyzers check it when the project builds (CG1xxx). "
        + "To upload those findings with this report, let the build write SARIF too: "
        + "dotnet build -p:ErrorLog=build.sarif%2Cversion=2.1 (the %2C is a comma MSBuild must not split on), "
        + "then upload both files (see the README, 'Command line and CI').";

    private static string NotYetChecked()
    {
        var kinds = FileKinds.All.Where(k => k.Linter is null).Select(k => k.DisplayName + "s").ToArray();
        return kinds.Length == 0 ? string.Empty : $" ({string.Join(" and ", kinds)} are recognised; their rules come in a later release)";
    }

    private static Command BuildScan(CliEnvironment environment, ISet<string> literalArguments)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to scan (default: the current directory).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (MSBuild canonical lines), sarif (SARIF 2.1.0) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "text", "sarif", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of standard output." };
        var config = new Option<string?>("--config") { Description = "Use this containerguard.json for every file instead of the nearest one." };
        var approvedRegistries = new Option<string[]>("--approved-registry")
        {
            Description = "An approved registry host (repeatable); replaces the configuration file's list.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var threshold = new Option<string>("--severity-threshold")
        {
            Description = "Lowest severity that makes the exit code 1: info, warning or error.",
            DefaultValueFactory = _ => "warning",
        };
        threshold.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "info", "warning", "error");
        var maxFileSize = new Option<string?>("--max-file-size-mib")
        {
            Description = $"Largest file checked, in MiB (default {Linter.DefaultMaxFileSizeMiB}; replaces maxFileSizeMiB of containerguard.json). A larger file is one CG9001 finding.",
        };

        var scan = new Command("scan", ScanDescription)
        {
            paths, format, output, config, approvedRegistries, threshold, maxFileSize,
        };
        scan.SetAction(parseResult => Scan(
            environment,
            parseResult.GetValue(paths) ?? Array.Empty<string>(),
            literalArguments,
            parseResult.GetValue(format)!.ToLowerInvariant(),
            parseResult.GetValue(output),
            parseResult.GetValue(config),
            parseResult.GetValue(approvedRegistries) ?? Array.Empty<string>(),
            parseResult.GetValue(threshold)!,
            parseResult.GetValue(maxFileSize)));
        return scan;
    }

    private static Command BuildRules(CliEnvironment environment)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a table) or json (id, title, concern, defaultSeverity, surface, helpUri).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "text", "json");
        var rules = new Command("rules", "List every rule of every surface.") { format };
        rules.SetAction(parseResult =>
        {
            if (string.Equals(parseResult.GetValue(format), "json", StringComparison.OrdinalIgnoreCase))
            {
                RulesReport.WriteJson(environment.Output);
            }
            else
            {
                RulesReport.WriteText(environment.Output);
            }

            return ExitClean;
        });
        return rules;
    }

    private static Command NotYetAvailable(string name, string description, bool withImageArgument, CliEnvironment environment)
    {
        var command = new Command(name, description);
        if (withImageArgument)
        {
            command.Arguments.Add(new Argument<string>("IMAGE") { Arity = ArgumentArity.ZeroOrOne });
        }

        command.Options.Add(new Option<string?>("--docker-host") { Description = "Docker engine URI." });
        command.SetAction(_ =>
        {
            environment.Error.WriteLine($"containerguard: '{name}' is not yet available in this version; use 'containerguard scan' for Dockerfiles and project files.");
            return ExitUsageOrIoError;
        });
        return command;
    }

    private static int Scan(CliEnvironment environment, string[] paths, ISet<string> literalArguments, string format, string? outputPath, string? configPath, string[] approvedRegistries, string thresholdName, string? maxFileSizeText)
    {
        var error = environment.Error;
        string workingDirectory = environment.WorkingDirectory;
        SeverityNames.TryParse(thresholdName, out var threshold);

        // System.CommandLine hands an unknown option to PATH; a path that looks like an option must follow "--".
        foreach (string path in paths)
        {
            if (path.Length > 1 && path[0] == '-' && !literalArguments.Contains(path))
            {
                error.WriteLine($"containerguard: unknown option '{path}' for 'scan' (a path that starts with '-' goes after '--').");
                error.WriteLine("Run 'containerguard scan --help' for usage.");
                return ExitUsageOrIoError;
            }
        }

        var roots = new List<ScanRoot>();
        var unreadable = new List<UnreadablePath>();
        var notScannable = new List<string>();
        foreach (string path in paths.Length == 0 ? new[] { "." } : paths)
        {
            string full = Path.IsPathFullyQualified(path) ? NormalizedPath.GetFullPath(path) : Path.GetFullPath(path, workingDirectory);
            switch (ExplicitPath.Probe(full, out string? reason))
            {
                case ExplicitPathState.Missing:
                    error.WriteLine($"containerguard: path not found: {path}");
                    return ExitUsageOrIoError;
                case ExplicitPathState.Inaccessible:
                    // There, but we may not look at it: a finding like any other file we could not read.
                    unreadable.Add(new UnreadablePath(full, PathDisplay.ForDisplay(full, workingDirectory), IsFolder: false, reason!));
                    break;
                case ExplicitPathState.Directory:
                    roots.Add(new ScanRoot(full, IsDirectory: true, Kind: null));
                    break;
                default:
                    if (Path.GetFileName(full).Equals(ConfigurationLoader.FileName, StringComparison.OrdinalIgnoreCase))
                    {
                        // Configuration, not a file to lint.
                        break;
                    }

                    var kind = ExplicitPath.Classify(full, out string? startProblem);
                    if (startProblem is not null)
                    {
                        unreadable.Add(new UnreadablePath(full, PathDisplay.ForDisplay(full, workingDirectory), IsFolder: false, startProblem));
                    }
                    else if (kind is null)
                    {
                        notScannable.Add(ExplicitPath.WhyNotScanned(path, full));
                    }
                    else
                    {
                        roots.Add(new ScanRoot(full, IsDirectory: false, kind.Kind));
                    }

                    break;
            }
        }

        if (notScannable.Count > 0)
        {
            foreach (string message in notScannable)
            {
                error.WriteLine("containerguard: " + message);
            }

            return ExitUsageOrIoError;
        }

        foreach (string registry in approvedRegistries)
        {
            if (ConfigurationLoader.ValidateRegistryPattern(registry) is { } problem)
            {
                error.WriteLine($"containerguard: --approved-registry '{registry}': {problem}.");
                return ExitUsageOrIoError;
            }
        }

        int? maxFileSize = null;
        if (maxFileSizeText is not null)
        {
            if (ConfigurationLoader.ValidateMaxFileSize(maxFileSizeText, out int limit) is { } problem)
            {
                error.WriteLine($"containerguard: --max-file-size-mib '{maxFileSizeText}': {problem}.");
                return ExitUsageOrIoError;
            }

            maxFileSize = limit;
        }

        string? configFullPath = null;
        if (configPath is not null)
        {
            configFullPath = Path.GetFullPath(configPath, workingDirectory);
            if (!File.Exists(configFullPath))
            {
                error.WriteLine($"containerguard: configuration file not found: {configPath}");
                return ExitUsageOrIoError;
            }
        }

        // Open the report first: an unwritable --output is a usage error before any work is done.
        TextWriter report = environment.Output;
        StreamWriter? file = null;
        if (outputPath is not null)
        {
            try
            {
                file = new StreamWriter(Path.GetFullPath(outputPath, workingDirectory), append: false, new UTF8Encoding(false));
                report = file;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"containerguard: cannot write {outputPath} ({ex.GetType().Name}).");
                return ExitUsageOrIoError;
            }
        }

        try
        {
            var flags = new ContainerGuardConfiguration(approvedRegistries: approvedRegistries, maxFileSizeMiB: maxFileSize);
            // .editorconfig severities apply as in the build: the files above each scanned file, up to root = true.
            var configurations = new ConfigurationResolver(configFullPath, flags, new Configuration.EditorConfig.EditorConfigResolver(Array.Empty<string>(), discover: true));
            // Each path was looked at once above; discovery does not ask the file system again what it is.
            var targets = FileDiscovery.Discover(roots, workingDirectory, unreadable);
            var named = new HashSet<string>(roots.Where(r => !r.IsDirectory).Select(r => r.FullPath), StringComparer.Ordinal);
            foreach (var target in targets.Where(t => !environment.Linters.Lints(t.Kind) && named.Contains(t.FullPath)))
            {
                // Named on the command line but nothing checks this kind yet: say so rather than pass silently.
                error.WriteLine($"containerguard: {target.DisplayPath}: {FileKinds.Get(target.Kind).DisplayName}s are not checked in this version.");
            }

            var result = ScanEngine.Scan(targets, unreadable, configurations, environment.LintOptions, environment.Linters, workingDirectory, withFingerprints: format == "sarif");

            switch (format)
            {
                case "sarif":
                    SarifReport.Write(result, report, workingDirectory);
                    break;
                case "json":
                    JsonReport.Write(result, report);
                    break;
                default:
                    TextReport.Write(result, report);
                    break;
            }

            report.Flush();
            error.WriteLine(TextReport.Summary(result));
            return result.Findings.Any(f => f.Finding.Severity >= threshold) ? ExitFindings : ExitClean;
        }
        catch (IOException ex)
        {
            error.WriteLine($"containerguard: I/O error ({ex.GetType().Name}) while writing the report.");
            return ExitUsageOrIoError;
        }
        finally
        {
            file?.Dispose();
        }
    }
}
