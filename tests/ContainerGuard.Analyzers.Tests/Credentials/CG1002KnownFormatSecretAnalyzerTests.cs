using Microsoft.CodeAnalysis.Testing;
using VerifyCS = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1002KnownFormatSecretAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.Credentials;

public class CG1002KnownFormatSecretAnalyzerTests
{
    [Fact]
    public Task Connection_string_password_span_is_the_password() => VerifyCS.VerifyAsync("""
        class C
        {
            string a = "Server=db;Database=orders;User Id=app;Password={|CG1002:Pr0d-Db-pw|};";
            string b = @"Server=db;Pwd={|CG1002:Pr0d-Db-pw2|}";
        }
        """);

    [Fact]
    public Task Storage_and_service_bus_keys_fire() => VerifyCS.VerifyAsync("""
        class C
        {
            string storage = "DefaultEndpointsProtocol=https;AccountName=orders;AccountKey={|CG1002:Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0hJSktMTU5PUFFSU1RVVg==|};EndpointSuffix=core.windows.net";
            string bus = "Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={|CG1002:q9XzV3bT5nW8rY2uI4oP6aS1dF7gH0jK3lZ5xC8vB1n=|}";
        }
        """);

    [Fact]
    public Task Tokens_fire() => VerifyCS.VerifyAsync("""
        class C
        {
            string gh = "{|CG1002:ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8|}";
            string url = "https://deploy:{|CG1002:S3cr3tPw|}@git.contoso.com/repo.git";
        }
        """);

    [Fact]
    public Task Escapes_that_make_the_mapping_ambiguous_fall_back_to_the_whole_literal() => VerifyCS.VerifyAsync("""
        class C
        {
            string a = {|CG1002:"Password=\u0041bc-Pr0d-x;Server=Abc-Pr0d-x"|};
        }
        """);

    [Fact]
    public Task Ordinary_strings_are_silent() => VerifyCS.VerifyAsync("""
        class C
        {
            string a = "Server=db;Database=orders;Integrated Security=true";
            string b = "UseDevelopmentStorage=true";
            string c = "Password=;";
            string d = "Server=db;Password={0}";
            string e = "https://contoso.com/path?query=1";
            string f = "Enter your password";
            string g = "0b1d7c2e-9f3a-4c52-8e7d-1a2b3c4d5e6f";
            string h = "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b";
        }
        """);

    [Fact]
    public async Task Message_names_the_kind_never_the_value()
    {
        var diagnostics = await VerifyCS.GetDiagnosticsAsync("""
            class C { string a = "Server=db;Password=Sup3r-S3cret-Value"; }
            """);
        var message = Assert.Single(diagnostics).GetMessage();
        Assert.Contains("password", message);
        Assert.DoesNotContain("Sup3r", message);
    }
}
