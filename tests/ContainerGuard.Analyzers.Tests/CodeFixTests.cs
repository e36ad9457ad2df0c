using ContainerGuard.Analyzers.Credentials;
using ContainerGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using CredentialFix = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1001HardCodedCredentialAnalyzer, ContainerGuard.CodeFixes.ReadSecretAtRunTimeCodeFix>;
using TypedCredentialFix = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1003CredentialTypeWithLiteralSecretAnalyzer, ContainerGuard.CodeFixes.ReadSecretAtRunTimeCodeFix>;
using TlsFix = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1010CertificateValidationDisabledAnalyzer, ContainerGuard.CodeFixes.RemoveCertificateValidationBypassCodeFix>;

namespace ContainerGuard.Analyzers.Tests;

public class CodeFixTests
{
    [Fact]
    public Task Literal_becomes_an_environment_variable_read() => CredentialFix.VerifyFixAsync("""
        using System;
        class C
        {
            void M()
            {
                var dbPassword = {|CG1001:"hunter2-Prod"|};
            }
        }
        """, """
        using System;
        class C
        {
            void M()
            {
                var dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("Environment variable DB_PASSWORD is not set.");
            }
        }
        """);

    [Fact]
    public Task Configuration_in_scope_is_used() => TypedCredentialFix.VerifyFixAsync("""
        using Microsoft.Extensions.Configuration;
        class C
        {
            void M(IConfiguration configuration)
            {
                var client = new System.Net.NetworkCredential("orders", {|CG1003:"Pr0d-pw-1"|});
            }
        }
        """, """
        using Microsoft.Extensions.Configuration;
        class C
        {
            void M(IConfiguration configuration)
            {
                var client = new System.Net.NetworkCredential("orders", configuration["Password"] ?? throw new System.InvalidOperationException("Configuration value Password is not set."));
            }
        }
        """);

    [Fact]
    public Task Const_becomes_static_readonly() => CredentialFix.VerifyFixAsync("""
        using System;
        class C
        {
            private const string AdminPassword = {|CG1001:"Tr0ub4dor&3x"|};
        }
        """, """
        using System;
        class C
        {
            private static readonly string AdminPassword = Environment.GetEnvironmentVariable("ADMIN_PASSWORD") ?? throw new InvalidOperationException("Environment variable ADMIN_PASSWORD is not set.");
        }
        """);

    [Fact]
    public Task Fix_all_replaces_every_literal() => CredentialFix.VerifyFixAsync("""
        using System;
        class C
        {
            string apiKey = {|CG1001:"k3y-9f8e7d6c5b4a"|};
            string clientSecret = {|CG1001:"s3cr3t-Valu3-42"|};
            void M() { var password = {|CG1001:"Pr0d-"|} + apiKey; }
        }
        """, """
        using System;
        class C
        {
            string apiKey = Environment.GetEnvironmentVariable("API_KEY") ?? throw new InvalidOperationException("Environment variable API_KEY is not set.");
            string clientSecret = Environment.GetEnvironmentVariable("CLIENT_SECRET") ?? throw new InvalidOperationException("Environment variable CLIENT_SECRET is not set.");
            void M() { var password = (Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("Environment variable PASSWORD is not set.")) + apiKey; }
        }
        """);

    [Fact]
    public Task Disabled_validation_statement_is_removed() => TlsFix.VerifyFixAsync("""
        using System.Net.Http;
        class C
        {
            HttpClient Create()
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = {|CG1010:(m, c, ch, e) => true|};
                return new HttpClient(handler);
            }
        }
        """, """
        using System.Net.Http;
        class C
        {
            HttpClient Create()
            {
                var handler = new HttpClientHandler();
                return new HttpClient(handler);
            }
        }
        """);

    [Fact]
    public Task Fix_all_removes_initializer_entries_and_statements() => TlsFix.VerifyFixAsync("""
        using System.Net.Http;
        class C
        {
            void M()
            {
                var a = new HttpClientHandler { UseProxy = false, ServerCertificateCustomValidationCallback = {|CG1010:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|} };
                var b = new HttpClientHandler();
                b.ServerCertificateCustomValidationCallback = {|CG1010:delegate { return true; }|};
            }
        }
        """, """
        using System.Net.Http;
        class C
        {
            void M()
            {
                var a = new HttpClientHandler { UseProxy = false };
                var b = new HttpClientHandler();
            }
        }
        """);

    [Theory]
    [InlineData("dbPassword", "DB_PASSWORD")]
    [InlineData("Db:Password", "DB_PASSWORD")]
    [InlineData("X-Api-Key", "X_API_KEY")]
    [InlineData("APIKey", "API_KEY")]
    [InlineData("_clientSecret", "CLIENT_SECRET")]
    public void Environment_variable_names_follow_the_symbol(string name, string expected)
        => Assert.Equal(expected, ReadSecretAtRunTimeCodeFix.EnvironmentVariableName(name));
}

public class ConnectionStringFixTests
{
    [Fact]
    public Task Only_the_password_of_a_connection_string_moves_out() => Infrastructure.Verifier<CG1002KnownFormatSecretAnalyzer, MoveSecretOutOfLiteralCodeFix>.VerifyFixAsync("""
        using System;
        class C
        {
            string cs = "Server=db;Password={|CG1002:Pr0d-Db-pw|};Database=orders";
            const string Verbatim = @"Server=db;Pwd={|CG1002:Pr0d-Db-pw2|}";
        }
        """, """
        using System;
        class C
        {
            string cs = "Server=db;Password=" + Environment.GetEnvironmentVariable("DB_PASSWORD") + ";Database=orders";
            static readonly string Verbatim = @"Server=db;Pwd=" + Environment.GetEnvironmentVariable("DB_PASSWORD");
        }
        """);
}
