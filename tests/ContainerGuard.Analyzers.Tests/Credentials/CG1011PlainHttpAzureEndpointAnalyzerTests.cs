using VerifyCS = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1011PlainHttpAzureEndpointAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.Credentials;

public class CG1011PlainHttpAzureEndpointAnalyzerTests
{
    [Fact]
    public Task Http_key_vault_registry_and_storage_endpoints_fire() => VerifyCS.VerifyAsync("""
        using System;
        class C
        {
            Uri vault = new Uri({|CG1011:"http://orders-kv.vault.azure.net/"|});
            string registry = {|CG1011:"http://contoso.azurecr.io/v2/"|};
            string blob = {|CG1011:@"HTTP://account.blob.core.windows.net/container"|};
            string queue = {|CG1011:"http://account.queue.core.windows.net:80"|};
        }
        """);

    [Fact]
    public Task Storage_connection_string_with_http_protocol_fires() => VerifyCS.VerifyAsync("""
        class C
        {
            const string Storage = {|CG1011:"DefaultEndpointsProtocol=http;AccountName=orders;EndpointSuffix=core.windows.net"|};
        }
        """);

    [Fact]
    public Task Interpolated_text_fires_on_its_text_part() => VerifyCS.VerifyAsync("""
        class C
        {
            string M(string name) => {|CG1011:$"http://{name}.vault.azure.net/"|};
        }
        """);

    [Fact]
    public Task Https_other_hosts_and_development_storage_are_silent() => VerifyCS.VerifyAsync("""
        class C
        {
            string a = "https://orders-kv.vault.azure.net/";
            string b = "http://localhost:5000/";
            string c = "http://example.com/vault.azure.net";
            string d = "UseDevelopmentStorage=true";
            string e = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1";
            string f = "https://contoso.azurecr.io";
            string g = "DefaultEndpointsProtocol=https;AccountName=orders";
        }
        """);
}
