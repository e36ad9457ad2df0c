using System.Text.Json;
using ContainerGuard.Cli;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests;

/// <summary>SARIF 2.1.0 output, checked for what GitHub code scanning requires.</summary>
public class SarifTests
{
    private static JsonDocument Sarif(TempTree tree, out CliRun run, params string[] extra)
    {
        run = CliRunner.RunWithMarkers(tree.Root, new[] { "scan", "--format", "sarif" }.Concat(extra).ToArray());
        return JsonDocument.Parse(run.Output);
    }

    [Fact]
    public void Log_has_schema_version_one_run_tool_and_invocation()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");

        using var sarif = Sarif(tree, out var run);
        var root = sarif.RootElement;

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var runElement = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ContainerGuard", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString());
        Assert.True(Assert.Single(runElement.GetProperty("invocations").EnumerateArray()).GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("utf16CodeUnits", runElement.GetProperty("columnKind").GetString());
        string rootUri = runElement.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(tree.Root + "/").AbsoluteUri, rootUri);
        Assert.EndsWith("/", rootUri);
    }

    [Fact]
    public void Every_catalogue_rule_is_described_with_help_level_tags_and_security_severity()
    {
        using var tree = new TempTree();

        using var sarif = Sarif(tree, out var run);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(RuleCatalog.All))
        {
            // The SARIF multitool's friendly-name check (SARIF2012): Pascal case, no run of capitals.
            Assert.Matches("^([A-Z][a-z0-9]+)+$", rule.GetProperty("name").GetString());
            Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.Description, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(descriptor.HelpUri, rule.GetProperty("helpUri").GetString());
            Assert.Contains(descriptor.HelpUri, rule.GetProperty("help").GetProperty("text").GetString());
            Assert.Contains(descriptor.HelpUri, rule.GetProperty("help").GetProperty("markdown").GetString());
            string level = rule.GetProperty("defaultConfiguration").GetProperty("level").GetString()!;
            Assert.Equal(descriptor.DefaultSeverity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" }, level);
            var properties = rule.GetProperty("properties");
            Assert.Equal(new[] { descriptor.Concern.ToTag(), "security" }, properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            double securitySeverity = double.Parse(properties.GetProperty("security-severity").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(securitySeverity, 0.1, 10.0);
        }
    }

    [Theory]
    [InlineData("Secret in ENV or ARG", "SecretInEnvOrArg")]
    [InlineData("Base image pulled from a public registry", "BaseImagePulledFromPublicRegistry")]
    [InlineData("Base image without a tag or with 'latest'", "BaseImageWithoutTagOrWithLatest")]
    [InlineData("ContainerBaseImage pulled from Docker Hub", "ContainerBaseImagePulledFromDockerHub")]
    [InlineData("apt-get install without --no-install-recommends", "AptGetInstallWithoutNoInstallRecommends")]
    [InlineData("Port 22 exposed", "Port22Exposed")]
    public void Rule_names_are_Pascal_case_identifiers(string title, string expected)
    {
        var rule = new RuleDescriptor("CG4999", title, Concern.Tool, Severity.Info, Surface.Dockerfile, "d");

        Assert.Equal(expected, ContainerGuard.Cli.Reporting.SarifReport.RuleName(rule));
    }

    [Fact]
    public void Results_have_rule_index_level_message_relative_uri_and_region()
    {
        using var tree = new TempTree()
            .With("src/my app/Dockerfile", "INFO\nFROM ubuntu\n");

        using var sarif = Sarif(tree, out _);
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var rules = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = runElement.GetProperty("results").EnumerateArray().ToArray();

        Assert.Equal(2, results.Length);
        var info = results[0];
        var warning = results[1];
        Assert.Equal("CG4011", info.GetProperty("ruleId").GetString());
        Assert.Equal("note", info.GetProperty("level").GetString());
        Assert.Equal("CG4001", warning.GetProperty("ruleId").GetString());
        Assert.Equal("warning", warning.GetProperty("level").GetString());
        Assert.Equal("CG4001", rules[warning.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("Image 'ubuntu' comes from Docker Hub.", warning.GetProperty("message").GetProperty("text").GetString());
        var location = Assert.Single(warning.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("src/my%20app/Dockerfile", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(6, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, region.GetProperty("endLine").GetInt32());
        Assert.Equal(12, region.GetProperty("endColumn").GetInt32());
        Assert.False(region.TryGetProperty("snippet", out _));
    }

    [Fact]
    public void Partial_fingerprints_are_stable_when_lines_move_and_differ_between_findings()
    {
        using var before = new TempTree().With("Dockerfile", "FROM ubuntu\nFROM alpine\n");
        using var after = new TempTree().With("Dockerfile", "# a comment\n\nFROM   ubuntu\nFROM alpine\nFROM alpine\n");

        using var first = Sarif(before, out _);
        using var second = Sarif(after, out _);
        string[] Fingerprints(JsonDocument d) => d.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("containerGuardLineHash/v1").GetString()!).ToArray();
        var a = Fingerprints(first);
        var b = Fingerprints(second);

        Assert.Equal(2, a.Length);
        Assert.NotEqual(a[0], a[1]);
        Assert.Equal(a, b.Take(2));
        Assert.Equal(a[1].Split(':')[0], b[2].Split(':')[0]);
        Assert.EndsWith(":2", b[2]);
        Assert.Matches("^[0-9a-f]{32}:1$", a[0]);
    }

    [Fact]
    public void Files_outside_the_working_directory_get_absolute_file_uris()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");
        using var elsewhere = new TempTree();

        var run = CliRunner.RunWithMarkers(elsewhere.Root, "scan", "--format", "sarif", tree.Root);
        using var sarif = JsonDocument.Parse(run.Output);
        var artifact = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal(new Uri(tree.PathOf("Dockerfile")).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Sarif_to_an_output_file_is_valid_json_without_a_byte_order_mark()
    {
        using var tree = new TempTree().With("Dockerfile", "FROM ubuntu\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "--format", "sarif", "--output", "out.sarif");
        byte[] bytes = File.ReadAllBytes(tree.PathOf("out.sarif"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal((byte)'{', bytes[0]);
        using var sarif = JsonDocument.Parse(bytes);
        Assert.Equal(1, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }
}

/// <summary>Results rendered ahead on several cores read as what one writer writes for the whole log.</summary>
public class SarifRenderingTests
{
    [Fact]
    public void The_log_is_what_a_single_indented_writer_makes_of_it()
    {
        // Enough results for several chunks; repeated lines (numbered fingerprints), non-ASCII and escaped characters.
        using var tree = new TempTree();
        for (int i = 0; i < 45; i++)
        {
            tree.With($"d{i % 7}/p\u00e9{i}/Dockerfile", "FROM ubuntu\nFROM ubuntu\nINFO\nERROR\nFROM caf\u00e9/x\"y\\z\nINFO\n");
        }

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "--format", "sarif");
        using var document = JsonDocument.Parse(run.Output);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        Assert.Equal(45 * 6, document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n", run.Output);
    }

    [Fact]
    public void A_scan_without_findings_has_an_empty_results_array()
    {
        using var tree = new TempTree().With("Dockerfile", "# nothing\n");

        var run = CliRunner.RunWithMarkers(tree.Root, "scan", "--format", "sarif");

        Assert.Contains("\"results\": []", run.Output);
    }
}

/// <summary>Reports written straight into a UTF-8 stream are byte for byte what the buffered string route writes.</summary>
public class StreamedReportTests
{
    [Theory]
    [InlineData("sarif")]
    [InlineData("json")]
    [InlineData("text")]
    public void A_stream_writer_gets_the_same_bytes_as_a_string_writer(string format)
    {
        // Enough findings for a report of several 64 KiB chunks, with non-ASCII and characters JSON escapes in paths and images.
        var tree = new TempTree();
        using (tree)
        {
            for (int i = 0; i < 60; i++)
            {
                tree.With($"caf\u00e9 {i % 4}/s\u2603\"{i}/Dockerfile", string.Concat(Enumerable.Range(0, 40).Select(j => $"FROM r\u00e9g/\u00e4pp-{j}\\x:\"{i}\"\nINFO\n")));
            }

            var viaString = new StringWriter(new System.Text.StringBuilder()) { NewLine = "\n" };
            int stringExit = CliApplication.Run(new[] { "scan", "--format", format }, Environment(tree, viaString));
            var bytes = new MemoryStream();
            int streamExit;
            using (var viaStream = new StreamWriter(bytes, new System.Text.UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\n" })
            {
                streamExit = CliApplication.Run(new[] { "scan", "--format", format }, Environment(tree, viaStream));
            }

            byte[] expected = new System.Text.UTF8Encoding(false).GetBytes(viaString.ToString());
            Assert.Equal(1, stringExit);
            Assert.Equal(stringExit, streamExit);
            Assert.True(expected.Length > 3 * 64 * 1024 || format == "text", $"{expected.Length} bytes");
            Assert.True(expected.AsSpan().SequenceEqual(bytes.ToArray()), format);
        }
    }

    private static CliEnvironment Environment(TempTree tree, TextWriter output)
        => new(output, TextWriter.Null, tree.Root, new LintOptions(Configuration.ContainerGuardConfiguration.Default, TestClock.Now), MarkerLinter.Set);
}
