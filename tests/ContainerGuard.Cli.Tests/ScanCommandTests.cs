using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>The <c>scan</c> verb: exit codes, the text format, thresholds, configuration and errors.</summary>
public class ScanCommandTests
{
    [Fact]
    public void Clean_tree_exits_0_with_no_output_and_a_summary_on_stderr()
    {
        using var tree = new TempTree().With("Dockerfile", "RUN echo hello\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("containerguard: 1 file scanned, 0 errors, 0 warnings, 0 info.\n", run.Error);
    }

    [Fact]
    public void Text_lines_are_in_MSBuild_canonical_format_with_paths_relative_to_the_working_directory()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "FROM ubuntu\nINFO\n")
            .With("src/api/Dockerfile", "# build\nERROR\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            new[]
            {
                "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.",
                "Dockerfile(2,1,2,5): info CG4011: An info finding.",
                TempTree.Native("src/api/Dockerfile") + "(2,1,2,6): error CG4040: An error finding.",
            },
            run.OutputLines);
        Assert.Equal("containerguard: 2 files scanned, 1 error, 1 warning, 1 info.\n", run.Error);
    }

    [Fact]
    public void A_path_argument_relative_to_the_working_directory_scans_only_that_folder()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "FROM ubuntu\n")
            .With("svc/Dockerfile", "FROM alpine\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "svc");

        Assert.Equal(new[] { TempTree.Native("svc/Dockerfile") + "(1,6,1,12): warning CG4001: Image 'alpine' comes from Docker Hub." }, run.OutputLines);
    }

    [Fact]
    public void Files_outside_the_working_directory_are_shown_with_absolute_paths()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");
        using var elsewhere = new TempTree();

        var run = CliRunner.RunWithMarkers(elsewhere.Root, "scan", tree.Root);

        Assert.Equal(new[] { tree.PathOf("Dockerfile") + "(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub." }, run.OutputLines);
    }

    [Fact]
    public void A_file_named_explicitly_of_no_known_kind_is_a_usage_error_not_a_Dockerfile()
    {
        using var tree = new TempTree().With("build/prod.docker", "FROM ubuntu\n").With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "Dockerfile", "build/prod.docker");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(
            "containerguard: build/prod.docker: not a kind of file ContainerGuard checks (Dockerfiles, project files, Bicep files and ARM templates); a Dockerfile is named Dockerfile, *.Dockerfile or Dockerfile.* (Containerfile likewise).\n",
            run.Error);
    }

    [Theory]
    [InlineData("INFO\n", null, 0)]
    [InlineData("INFO\n", "info", 1)]
    [InlineData("FROM ubuntu\n", null, 1)]
    [InlineData("FROM ubuntu\n", "warning", 1)]
    [InlineData("FROM ubuntu\n", "error", 0)]
    [InlineData("ERROR\n", "error", 1)]
    [InlineData("ERROR\n", "ERROR", 1)]
    public void Exit_code_follows_the_severity_threshold(string dockerfile, string? threshold, int expected)
    {
        using var tree = new TempTree().With("Dockerfile", dockerfile);

        var run = threshold is null
            ? CliRunner.RunWithMarkers(tree.Root, "scan")
            : CliRunner.RunWithMarkers(tree.Root, "scan", "--severity-threshold", threshold);

        Assert.Equal(expected, run.ExitCode);
        Assert.NotEmpty(run.OutputLines);
    }

    [Theory]
    [InlineData("scan", "missing-folder")]
    [InlineData("scan", "--format", "xml")]
    [InlineData("scan", "--severity-threshold", "critical")]
    [InlineData("scan", "--config", "missing.json")]
    [InlineData("scan", "--unknown-flag")]
    [InlineData("scan", "--approved-registry", "https://contoso.azurecr.io")]
    [InlineData("scan", "--approved-registry")]
    [InlineData("rules", "--format", "sarif")]
    [InlineData("frobnicate")]
    [InlineData("image", "myapp:1.0")]
    [InlineData("containers")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("containerguard: ", run.Error);
    }

    [Fact]
    public void No_verb_prints_usage_to_stderr_and_exits_2_but_help_exits_0()
    {
        using var tree = new TempTree();

        var none = CliRunner.RunWithMarkers(tree.Root);
        var help = CliRunner.RunWithMarkers(tree.Root, "scan", "--help");

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("containerguard --help", none.Error);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--severity-threshold", help.Output);
    }

    [Fact]
    public void Scan_results_do_not_depend_on_the_degree_of_parallelism()
    {
        using var tree = new TempTree();
        for (int i = 0; i < 25; i++)
        {
            tree.With($"s{i % 5}/p{i}/Dockerfile", i % 3 == 0 ? "FROM ubuntu\nINFO\n" : "ERROR\nFROM alpine\n");
        }

        var targets = ContainerGuard.Cli.Scanning.FileDiscovery.Discover(new[] { tree.Root }, tree.Root);
        string Render(int degree)
        {
            var resolver = new ContainerGuard.Configuration.ConfigurationResolver(null, Configuration.ContainerGuardConfiguration.Default);
            var result = ContainerGuard.Cli.Scanning.ScanEngine.Scan(targets, resolver, LintOptions.Default, MarkerLinter.Set, tree.Root, degree);
            var writer = new StringWriter();
            ContainerGuard.Cli.Reporting.TextReport.Write(result, writer);
            return writer.ToString();
        }

        string sequential = Render(1);

        Assert.Equal(50, sequential.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(sequential, Render(4));
        Assert.Equal(sequential, Render(16));
    }

    [Fact]
    public void Without_fingerprints_the_same_findings_come_back_with_empty_fingerprints()
    {
        using var tree = new TempTree()
            .With("a/Dockerfile", "FROM ubuntu\nINFO\n")
            .With("b/Dockerfile", "ERROR\nFROM alpine\n");
        var targets = ContainerGuard.Cli.Scanning.FileDiscovery.Discover(new[] { tree.Root }, tree.Root);
        var resolver = new ContainerGuard.Configuration.ConfigurationResolver(null, Configuration.ContainerGuardConfiguration.Default);
        var with = ContainerGuard.Cli.Scanning.ScanEngine.Scan(targets, resolver, LintOptions.Default, MarkerLinter.Set, tree.Root);
        var without = ContainerGuard.Cli.Scanning.ScanEngine.Scan(targets, resolver, LintOptions.Default, MarkerLinter.Set, tree.Root, withFingerprints: false);

        Assert.Equal(with.Findings.Select(f => f.Finding.ToString()), without.Findings.Select(f => f.Finding.ToString()));
        Assert.All(with.Findings, f => Assert.Matches("^[0-9a-f]{16,}$", f.Fingerprint));
        Assert.All(without.Findings, f => Assert.Empty(f.Fingerprint));
    }

    [Fact]
    public void Discovery_with_known_folders_lists_what_plain_discovery_lists()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "")
            .With("src/Api/Dockerfile", "")
            .With("src/Api/api.Dockerfile", "")
            .With("other/Containerfile", "");
        var roots = new[] { tree.PathOf("src"), tree.PathOf("Dockerfile"), tree.PathOf("other/Containerfile") };
        var plain = ContainerGuard.Cli.Scanning.FileDiscovery.Discover(roots, tree.Root);
        var known = ContainerGuard.Cli.Scanning.FileDiscovery.Discover(roots, tree.Root, new HashSet<string> { tree.PathOf("src") });

        Assert.Equal(4, plain.Count);
        Assert.Equal(plain.Select(t => (t.FullPath, t.DisplayPath, t.Kind)), known.Select(t => (t.FullPath, t.DisplayPath, t.Kind)));
    }

    [Fact]
    public void Unwritable_output_file_exits_2_before_scanning()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "--output", Path.Combine("no-such-folder", "report.sarif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Error);
        Assert.DoesNotContain("scanned", run.Error);
    }

    [Fact]
    public void Output_option_writes_the_report_to_the_file_and_nothing_to_stdout()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "--output", "report.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.\n", File.ReadAllText(tree.PathOf("report.txt")).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Nearest_configuration_file_applies_to_the_files_below_it_only()
    {
        using var tree = new TempTree()
            .With("Dockerfile", "FROM ubuntu\n")
            .With("strict/containerguard.json", """{ "rules": { "CG4001": "error" } }""")
            .With("strict/deep/Dockerfile", "FROM ubuntu\n")
            .With("quiet/containerguard.json", """{ "rules": { "CG4001": "none" } }""")
            .With("quiet/Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(
            new[]
            {
                "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.",
                TempTree.Native("strict/deep/Dockerfile") + "(1,6,1,12): error CG4001: Image 'ubuntu' comes from Docker Hub.",
            },
            run.OutputLines);
    }

    [Fact]
    public void Config_option_applies_one_file_to_every_scanned_file()
    {
        using var tree = new TempTree()
            .With("a/Dockerfile", "FROM ubuntu\n")
            .With("b/containerguard.json", """{ "rules": { "CG4001": "info" } }""")
            .With("b/Dockerfile", "FROM ubuntu\n")
            .With("settings/ci.json", """{ "rules": { "CG4001": "error" } }""");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "a", "b", "--config", "settings/ci.json");

        Assert.Equal(2, run.OutputLines.Length);
        Assert.All(run.OutputLines, line => Assert.Contains(": error CG4001:", line));
    }

    [Fact]
    public void Approved_registry_flag_overrides_the_configuration_file_list()
    {
        using var tree = new TempTree()
            .With("containerguard.json", """{ "approvedRegistries": [ "corp.azurecr.io" ] }""")
            .With("Dockerfile", "FROM corp.azurecr.io/base:1\nFROM mirror.example.com/base:1\n");

        var fromFile = CliRunner.RunWithMarkers(tree.Root, "scan");
        var fromFlags = CliRunner.RunWithMarkers(tree.Root, "scan", "--approved-registry", "mirror.example.com", "--approved-registry", "other.example.com");

        Assert.Equal(new[] { "Dockerfile(2,6,2,31): warning CG4003: Registry 'mirror.example.com' is not approved." }, fromFile.OutputLines);
        Assert.Equal(new[] { "Dockerfile(1,6,1,28): warning CG4003: Registry 'corp.azurecr.io' is not approved." }, fromFlags.OutputLines);
    }

    [Fact]
    public void Invalid_configuration_is_a_CG9003_finding_naming_the_file_and_the_key_and_defaults_apply()
    {
        using var tree = new TempTree()
            .With("containerguard.json", """{ "rules": { "CG4001": "loud" } }""")
            .With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            new[]
            {
                "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.",
                "containerguard.json(1,24,1,30): warning CG9003: 'rules.CG4001' has an unknown severity; use one of \"none\", \"info\", \"warning\", \"error\". The setting is ignored.",
            },
            run.OutputLines);
    }

    [Fact]
    public void Configuration_that_is_not_JSON_is_CG9002_not_a_crash()
    {
        using var tree = new TempTree()
            .With("containerguard.json", "{ rules: ")
            .With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("containerguard.json(1,3,1,8): warning CG9002: containerguard.json syntax error:", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("Dockerfile(1,6,1,12): warning CG4001", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_and_binary_files_become_CG9001_findings_and_the_scan_goes_on()
    {
        using var tree = new TempTree()
            .With("ok/Dockerfile", "FROM ubuntu\n")
            .With("binary/Dockerfile", "FROM \0\u0001\u0002");
        string dangling = tree.PathOf("broken/Dockerfile");
        Directory.CreateDirectory(Path.GetDirectoryName(dangling)!);
        File.CreateSymbolicLink(dangling, tree.PathOf("broken/does-not-exist"));

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            new[]
            {
                TempTree.Native("binary/Dockerfile") + "(1,1,1,1): warning CG9001: The file is not text (it contains NUL characters) and was not checked.",
                TempTree.Native("broken/Dockerfile") + "(1,1,1,1): warning CG9001: The file could not be read (FileNotFoundException) and was not checked.",
                TempTree.Native("ok/Dockerfile") + "(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.",
            },
            run.OutputLines);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_CG9001_that_says_nothing_of_it_was_checked()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n" + new string('#', Linter.MaxFileLength));

        var run = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(new[] { "Dockerfile(1,1,1,1): warning CG9001: The file is 8.0 MiB, larger than the 8 MiB limit, and none of it was checked (raise the limit with maxFileSizeMiB in containerguard.json, MSBuild ContainerGuardMaxFileSizeMiB or --max-file-size-mib)." }, run.OutputLines);
    }

    [Fact]
    public void The_size_limit_is_configurable_in_containerguard_json_and_on_the_command_line()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n" + new string('#', Linter.MaxFileLength));
        using var configured = new TempTree()
            .With("Dockerfile", "FROM ubuntu\n" + new string('#', Linter.MaxFileLength))
            .With("containerguard.json", "{ \"maxFileSizeMiB\": 9 }");

        var byOption = CliRunner.RunWithMarkers(tree.Root, "scan", "--max-file-size-mib", "9");
        var byFile = CliRunner.RunWithMarkers(configured.Root, "scan");
        var lowered = CliRunner.RunWithMarkers(configured.Root, "scan", "--max-file-size-mib", "1");
        var invalid = CliRunner.RunWithMarkers(tree.Root, "scan", "--max-file-size-mib", "0");

        Assert.Equal(new[] { "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub." }, byOption.OutputLines);
        Assert.Equal(new[] { "Dockerfile(1,6,1,12): warning CG4001: Image 'ubuntu' comes from Docker Hub." }, byFile.OutputLines);
        Assert.StartsWith("Dockerfile(1,1,1,1): warning CG9001: The file is 8.0 MiB, larger than the 1 MiB limit", Assert.Single(lowered.OutputLines));
        Assert.Equal(2, invalid.ExitCode);
        Assert.Equal("containerguard: --max-file-size-mib '0': a size limit is a whole number of MiB from 1 to 1024.\n", invalid.Error);
    }

    [Fact]
    public void Output_is_sorted_by_path_line_column_and_id_and_identical_across_runs()
    {
        using var tree = new TempTree();
        var expected = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            string folder = $"svc{i:D2}";
            tree.With($"{folder}/Dockerfile", "ERROR\nFROM ubuntu\nINFO\nFROM alpine\n");
        }

        var first = CliRunner.RunWithMarkers(tree.Root, "scan");
        var second = CliRunner.RunWithMarkers(tree.Root, "scan");

        Assert.Equal(160, first.OutputLines.Length);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(TempTree.Native("svc00/Dockerfile") + "(1,1,1,6): error CG4040: An error finding.", first.OutputLines[0]);
        Assert.Equal(TempTree.Native("svc00/Dockerfile") + "(2,6,2,12): warning CG4001: Image 'ubuntu' comes from Docker Hub.", first.OutputLines[1]);
        Assert.Equal(TempTree.Native("svc00/Dockerfile") + "(3,1,3,5): info CG4011: An info finding.", first.OutputLines[2]);
        Assert.Equal(TempTree.Native("svc39/Dockerfile") + "(4,6,4,12): warning CG4001: Image 'alpine' comes from Docker Hub.", first.OutputLines[159]);
        var paths = first.OutputLines.Select(l => l.Substring(0, l.IndexOf('('))).ToArray();
        Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal), paths);
    }

    [Fact]
    public void Json_format_lists_findings_and_a_summary()
    {
        using var tree = new TempTree().With("src/Dockerfile", "FROM ubuntu\nINFO\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings");
        Assert.Equal(2, findings.GetArrayLength());
        var first = findings[0];
        Assert.Equal(
            new[] { "ruleId", "severity", "concern", "path", "line", "column", "endLine", "endColumn", "message", "helpUri" },
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CG4001", first.GetProperty("ruleId").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal("registry", first.GetProperty("concern").GetString());
        Assert.Equal(TempTree.Native("src/Dockerfile"), first.GetProperty("path").GetString());
        Assert.Equal(1, first.GetProperty("line").GetInt32());
        Assert.Equal(6, first.GetProperty("column").GetInt32());
        Assert.Equal(12, first.GetProperty("endColumn").GetInt32());
        Assert.Equal("info", findings[1].GetProperty("severity").GetString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(0, summary.GetProperty("error").GetInt32());
        Assert.Equal(1, summary.GetProperty("warning").GetInt32());
        Assert.Equal(1, summary.GetProperty("info").GetInt32());
    }
}
