using ContainerGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1001HardCodedCredentialAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.Credentials;

public class CG1001HardCodedCredentialAnalyzerTests
{
    [Fact]
    public Task Local_field_property_and_const_fire() => VerifyCS.VerifyAsync("""
        class C
        {
            const string AdminPassword = {|CG1001:"Tr0ub4dor&3x"|};
            private string _apiKey = {|CG1001:"k3y-9f8e7d6c5b4a"|};
            public string ClientSecret { get; set; } = {|CG1001:"s3cr3t-Valu3-42"|};
            public string DbPassword => {|CG1001:"P@ssw0rd!2024"|};

            void M()
            {
                var dbPassword = {|CG1001:"hunter2-Prod"|};
                string token;
                token = {|CG1001:"a1b2c3d4e5f6g7h8"|};
                _apiKey = {|CG1001:"another-k3y-value"|};
            }
        }
        """);

    [Fact]
    public Task Named_and_positional_arguments_fire_by_parameter_name() => VerifyCS.VerifyAsync("""
        class Client
        {
            public Client(string user, string password) { }
            public void Login(string userName, string password, bool remember = false) { }
        }
        class C
        {
            void M()
            {
                var c = new Client("orders", {|CG1001:"Winter2024!x"|});
                c.Login(password: {|CG1001:"Summer2024!y"|}, userName: "orders");
                c.Login("Summer2024!z", {|CG1001:"Autumn2024!z"|});
            }
        }
        """);

    [Fact]
    public Task Object_dictionary_and_pair_initializers_fire() => VerifyCS.VerifyAsync("""
        using System.Collections.Generic;
        class Settings { public string Password { get; set; } = ""; public string Host { get; set; } = ""; }
        class C
        {
            void M()
            {
                var s = new Settings { Host = "db", Password = {|CG1001:"Pr0d-db-pw"|} };
                var d = new Dictionary<string, string> { { "Password", {|CG1001:"Pr0d-db-pw2"|} }, { "Host", "db" } };
                var e = new Dictionary<string, string> { ["ApiKey"] = {|CG1001:"k3y-abc-123-x"|} };
                d["db-password"] = {|CG1001:"Pr0d-db-pw3"|};
                d.Add("client_secret", {|CG1001:"cl13nt-s3cret"|});
                var pair = new KeyValuePair<string, string>("ApiKey", {|CG1001:"k3y-def-456-y"|});
                System.Environment.SetEnvironmentVariable("DB_PASSWORD", {|CG1001:"Pr0d-db-pw4"|});
            }
        }
        """);

    [Fact]
    public Task Concatenation_interpolation_format_and_u8_fire_on_the_literal_part() => VerifyCS.VerifyAsync("""
        using System;
        class C
        {
            void M(string suffix, int n)
            {
                var password = {|CG1001:"Pr0d-"|} + suffix;
                var secret = $"{|CG1001:s3cr3t-|}{n}";
                var apiKey = string.Format("{0}-{1}", {|CG1001:"k3y-abc-99"|}, n);
                var clientSecret = string.Format("{0}{1}{2}{3}", {|CG1001:"cl13nt-"|}, n, n, n);
                ReadOnlySpan<byte> tokenBytes = {|CG1001:"t0k3n-bytes-1"u8|};
            }
        }
        """);

    [Fact]
    public Task Constant_propagates_to_the_credential_name() => VerifyCS.VerifyAsync("""
        class C
        {
            const string Initial = "Pr0d-db-pw5";
            void M()
            {
                var dbPassword = {|CG1001:Initial|};
            }
        }
        """);

    [Fact]
    public Task Placeholders_labels_setting_names_and_empty_values_are_silent() => VerifyCS.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        class C
        {
            public const string PasswordLabel = "Password:";
            public string PasswordPrompt = "Enter your password";
            public string Password { get; set; } = "";
            void M(Dictionary<string, string> config)
            {
                var password = "<password>";
                var secret = "{0}";
                var apiKey = "changeme";
                var token = "$TOKEN";
                var pwd = "@password";
                var dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD");
                var other = config["orders-db-password"];
                var clientSecretName = "orders-client-secret";
                var passwordHash = "$2b$12$abcdefghijklmnopqrstuv";
                var host = "db.contoso.com";
                var passwordFile = "/run/secrets/db_password";
                string? token2 = null;
                var publicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo";
                var clientId = "0b1d7c2e-9f3a-4c52-8e7d-1a2b3c4d5e6f";
                var tokenEndpoint = "https://login.microsoftonline.com/common/oauth2/v2.0/token";
                string[] tokens = { "FROM", "RUN", "COPY-ALL" };
                const string AzuriteAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
            }
        }
        """);

    [Fact]
    public Task Credential_type_arguments_are_left_to_CG1003() => VerifyCS.VerifyAsync("""
        class C
        {
            void M() { var c = new System.Net.NetworkCredential("user", "Pr0d-pw-nc"); }
        }
        """);

    [Fact]
    public Task A_value_that_spells_the_name_is_silent() => VerifyCS.VerifyAsync("""
        class AttributeNames
        {
            public static readonly string AccessKey = "accesskey";
            public const string ApiKey = "api-key";
            public const string ClientSecret = "client_secret";
            public const string DbPassword = "Db:Password";
            public static readonly string AccessToken = {|CG1001:"accesskey"|};
        }
        """);

    [Fact]
    public Task Configured_secret_names_fire() => WithGlobalConfig("""
        class C
        {
            string vendorCode = {|CG1001:"VND-8812-XK"|};
            string pin = "4417";
        }
        """, "build_property.ContainerGuardSecretNames = vendorCode;other");

    [Fact]
    public async Task Message_names_the_symbol_and_never_the_value()
    {
        var diagnostics = await VerifyCS.GetDiagnosticsAsync("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("dbPassword", diagnostic.GetMessage());
        Assert.DoesNotContain("Sup3r", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Test_projects_get_info_severity()
    {
        var diagnostics = await VerifyCS.GetDiagnosticsAsync("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """, assemblyName: "Orders.Tests");
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task Projects_referencing_a_test_framework_get_info_severity()
    {
        var xunit = MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location);
        var diagnostics = await VerifyCS.GetDiagnosticsAsync("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """, additionalReferences: new[] { xunit });
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public Task Test_severity_is_configurable()
    {
        var test = VerifyCS.Create("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Orders.UnitTests"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ContainerGuardTestSeverity = none\n"));
        // "none" in test code is reported hidden (not shown), so that .editorconfig can still raise it.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CG1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden).WithLocation("/0/Test0.cs", 1, 31));
        return test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_severity_applies()
    {
        var diagnostics = await VerifyCS.GetDiagnosticsAsync("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """, editorConfig: "root = true\n[*.cs]\ndotnet_diagnostic.CG1001.severity = error\n");
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task Editorconfig_none_silences()
    {
        var diagnostics = await VerifyCS.GetDiagnosticsAsync("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """, editorConfig: "root = true\n[*.cs]\ndotnet_diagnostic.CG1001.severity = none\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task ContainerGuardEnabled_false_switches_the_analyzers_off()
    {
        var test = VerifyCS.Create("""
            class C { string dbPassword = "Sup3r-S3cret-Value"; }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ContainerGuardEnabled = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Pragma_suppresses() => VerifyCS.VerifyAsync("""
        class C
        {
        #pragma warning disable CG1001
            string dbPassword = "Sup3r-S3cret-Value";
        #pragma warning restore CG1001
        }
        """);

    [Fact]
    public Task SuppressMessage_suppresses() => VerifyCS.VerifyAsync("""
        class C
        {
            [System.Diagnostics.CodeAnalysis.SuppressMessage("Security.secret", "CG1001", Justification = "well-known demo value")]
            string dbPassword = "Sup3r-S3cret-Value";
        }
        """);

    private static Task WithGlobalConfig(string source, string config)
    {
        var test = VerifyCS.Create(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + config + "\n"));
        return test.RunAsync();
    }
}
