using ContainerGuard.Analyzers.Credentials;
using ContainerGuard.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using CG1001 = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1001HardCodedCredentialAnalyzer>;
using CG1002 = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1002KnownFormatSecretAnalyzer>;
using CG1010 = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1010CertificateValidationDisabledAnalyzer>;

namespace ContainerGuard.Analyzers.Tests;

/// <summary>containerguard.json passed as an AdditionalFile: secretNames and rules severities reach the analyzers.</summary>
public class ConfigurationFileTests
{
    private const string PasswordField = """class C { string dbPassword = "Sup3r-S3cret-Value"; }""";

    /// <summary>A rule set to "none" in containerguard.json is reported hidden: not shown, but .editorconfig can raise it.</summary>
    private static DiagnosticResult Hidden(string id, string path, int line, int column)
        => new DiagnosticResult(id, DiagnosticSeverity.Hidden).WithLocation(path, line, column);

    [Fact]
    public Task Rule_severity_from_the_file_applies()
    {
        var test = CG1001.Create(PasswordField);
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1001": "error" } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", DiagnosticSeverity.Error).WithSpan("/0/Test0.cs", 1, 31, 1, 51));
        return test.RunAsync();
    }

    [Fact]
    public Task Info_severity_from_the_file_applies()
    {
        var test = CG1001.Create(PasswordField);
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1001": "info" } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", DiagnosticSeverity.Info).WithSpan("/0/Test0.cs", 1, 31, 1, 51));
        return test.RunAsync();
    }

    [Fact]
    public Task None_in_the_file_hides_the_rule()
    {
        var test = CG1001.Create(PasswordField);
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "cg1001": "none" } }"""));
        test.ExpectedDiagnostics.Add(Hidden("CG1001", "/0/Test0.cs", 1, 31));
        return test.RunAsync();
    }

    [Fact]
    public Task Other_rules_keep_their_default_severity()
    {
        var test = CG1001.Create("""class C { string dbPassword = {|CG1001:"Sup3r-S3cret-Value"|}; }""");
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1002": "none", "CG4001": "error" } }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task None_applies_to_every_analyzer_family_member()
    {
        var test = CG1010.Create("""
            using System.Net.Http;
            class C
            {
                HttpClientHandler M() => new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1010": "none" } }"""));
        test.ExpectedDiagnostics.Add(Hidden("CG1010", "/0/Test0.cs", 4, 98));
        return test.RunAsync();
    }

    [Fact]
    public Task Known_format_rule_severity_from_the_file()
    {
        var test = CG1002.Create("""class C { string s = "Server=db;User Id=app;Password=Xk9-v2Lq-8Zt;"; }""");
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1002": "none" } }"""));
        test.ExpectedDiagnostics.Add(Hidden("CG1002", "/0/Test0.cs", 1, 54));
        return test.RunAsync();
    }

    [Fact]
    public Task Secret_names_from_the_file_extend_the_credential_names()
    {
        var test = CG1001.Create("""
            class C
            {
                string vendorCode = {|CG1001:"VND-8812-XK"|};
                string customerCode = "CUS-1234-AB";
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "secretNames": [ "vendorCode" ] }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_the_file_the_configured_name_is_not_a_credential() => CG1001.VerifyAsync("""
        class C { string vendorCode = "VND-8812-XK"; }
        """);

    [Fact]
    public Task File_name_is_matched_as_the_file_system_matches_it()
    {
        // One policy with the task and the CLI (Core's ConfigurationPaths): on Linux "ContainerGuard.JSON" is another
        // file, which MSBuild would not hand over either; on Windows and macOS it is containerguard.json.
        bool ignoreCase = ConfigurationPaths.Comparison == StringComparison.OrdinalIgnoreCase;
        var test = CG1001.Create(ignoreCase ? PasswordField : """class C { string dbPassword = {|CG1001:"Sup3r-S3cret-Value"|}; }""");
        test.TestState.AdditionalFiles.Add(("/0/ContainerGuard.JSON", """{ "rules": { "CG1001": "none" } }"""));
        if (ignoreCase)
        {
            test.ExpectedDiagnostics.Add(Hidden("CG1001", "/0/Test0.cs", 1, 31));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Other_additional_files_are_not_read()
    {
        var test = CG1001.Create("""class C { string dbPassword = {|CG1001:"Sup3r-S3cret-Value"|}; }""");
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json.bak", """{ "rules": { "CG1001": "none" } }"""));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", """{ "rules": { "CG1001": "none" } }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Settings_that_could_be_read_apply_despite_problems_elsewhere_in_the_file()
    {
        var test = CG1001.Create(PasswordField);
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1001": "none", "CG1002": "loud" }, "unknownKey": 3 }"""));
        test.ExpectedDiagnostics.Add(Hidden("CG1001", "/0/Test0.cs", 1, 31));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("{ \"rules\": ")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"rules\": [\"CG1001\"], \"secretNames\": \"dbPassword\" }")]
    public Task Broken_file_is_ignored_and_defaults_apply(string json)
    {
        var test = CG1001.Create("""class C { string dbPassword = {|CG1001:"Sup3r-S3cret-Value"|}; }""");
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", json));
        return test.RunAsync();
    }

    [Fact]
    public Task The_nearest_file_to_the_source_applies()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<CG1001HardCodedCredentialAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add(("/repo/src/Api/Api.cs", PasswordField.Replace("class C", "class Api", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/repo/src/Worker/Worker.cs", PasswordField.Replace("class C", "class Worker", StringComparison.Ordinal)));
        test.TestState.AdditionalFiles.Add(("/repo/containerguard.json", """{ "rules": { "CG1001": "error" } }"""));
        test.TestState.AdditionalFiles.Add(("/repo/src/Api/containerguard.json", """{ "rules": { "CG1001": "none" } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", DiagnosticSeverity.Error).WithSpan("/repo/src/Worker/Worker.cs", 1, 36, 1, 56));
        test.ExpectedDiagnostics.Add(Hidden("CG1001", "/repo/src/Api/Api.cs", 1, 33));
        return test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severity_wins_over_the_file()
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync(PasswordField,
            editorConfig: "root = true\n[*.cs]\ndotnet_diagnostic.CG1001.severity = warning\n",
            additionalFiles: new[] { ("/src/containerguard.json", """{ "rules": { "CG1001": "error" } }""") });
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task The_file_severity_applies_through_a_compilation_too()
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync(PasswordField,
            additionalFiles: new[] { ("/src/containerguard.json", """{ "rules": { "CG1001": "error" } }""") });
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task In_test_code_none_in_the_file_still_hides()
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync(PasswordField, assemblyName: "Orders.Tests",
            additionalFiles: new[] { ("/src/containerguard.json", """{ "rules": { "CG1001": "none" } }""") });
        Assert.Equal(DiagnosticSeverity.Hidden, Assert.Single(diagnostics).Severity);
    }

    /// <summary>
    /// The documented order (README, "Severity: one order on every surface"): .editorconfig over containerguard.json,
    /// so a rule the file switched off ("none", reported hidden) can be raised again by .editorconfig.
    /// </summary>
    [Theory]
    [InlineData("dotnet_diagnostic.CG1001.severity = warning", DiagnosticSeverity.Warning)]
    [InlineData("dotnet_analyzer_diagnostic.category-Security.secret.severity = error", DiagnosticSeverity.Error)]
    [InlineData("dotnet_analyzer_diagnostic.severity = suggestion", DiagnosticSeverity.Info)]
    [InlineData("dotnet_diagnostic.CG1001.severity = default", DiagnosticSeverity.Hidden)]
    public async Task Editorconfig_raises_a_rule_the_file_switched_off(string line, DiagnosticSeverity expected)
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync(PasswordField,
            editorConfig: "root = true\n[*.cs]\n" + line + "\n",
            additionalFiles: new[] { ("/src/containerguard.json", """{ "rules": { "CG1001": "none" } }""") });
        Assert.Equal(expected, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task Editorconfig_category_key_silences_a_rule_the_file_raised()
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync(PasswordField,
            editorConfig: "root = true\n[*.cs]\ndotnet_analyzer_diagnostic.category-Security.secret.severity = none\n",
            additionalFiles: new[] { ("/src/containerguard.json", """{ "rules": { "CG1001": "error" } }""") });
        Assert.DoesNotContain(diagnostics, d => d.Severity > DiagnosticSeverity.Hidden);
    }

    [Fact]
    public async Task In_test_code_the_test_severity_applies_over_a_louder_file_severity()
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync(PasswordField, assemblyName: "Orders.Tests",
            additionalFiles: new[] { ("/src/containerguard.json", """{ "rules": { "CG1001": "error" } }""") });
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task Message_never_contains_the_value_with_a_configured_name()
    {
        var diagnostics = await CG1001.GetDiagnosticsAsync("""class C { string vendorCode = "VND-8812-XK"; }""",
            additionalFiles: new[] { ("/src/containerguard.json", """{ "secretNames": ["vendorCode"], "rules": { "CG1001": "error" } }""") });
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain("VND-8812", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task An_explicit_ContainerGuardConfigFile_is_read_whatever_its_name()
    {
        var test = CG1001.Create(PasswordField);
        test.TestState.AdditionalFiles.Add(("/0/config/guard.json", """{ "rules": { "CG1001": "none" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ContainerGuardConfigFile = config/guard.json\n"));
        test.ExpectedDiagnostics.Add(Hidden("CG1001", "/0/Test0.cs", 1, 31));
        return test.RunAsync();
    }

    [Fact]
    public Task With_an_explicit_file_other_containerguard_json_files_are_not_read()
    {
        var test = CG1001.Create("""class C { string dbPassword = {|CG1001:"Sup3r-S3cret-Value"|}; }""");
        test.TestState.AdditionalFiles.Add(("/0/config/guard.json", """{ "rules": { "CG1002": "none" } }"""));
        test.TestState.AdditionalFiles.Add(("/0/containerguard.json", """{ "rules": { "CG1001": "none" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ContainerGuardConfigFile = /0/config/guard.json\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_relative_explicit_path_matches_only_at_a_folder_boundary()
    {
        var test = CG1001.Create("""class C { string dbPassword = {|CG1001:"Sup3r-S3cret-Value"|}; }""");
        test.TestState.AdditionalFiles.Add(("/0/myguard.json", """{ "rules": { "CG1001": "none" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ContainerGuardConfigFile = guard.json\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_explicit_path_outside_the_project_matches_by_file_name()
    {
        var test = CG1001.Create(PasswordField);
        test.TestState.AdditionalFiles.Add(("/shared/guard.json", """{ "rules": { "CG1001": "none" } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ContainerGuardConfigFile = ..\\shared\\guard.json\n"));
        test.ExpectedDiagnostics.Add(Hidden("CG1001", "/0/Test0.cs", 1, 31));
        return test.RunAsync();
    }
}
