namespace ContainerGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Minimal stand-ins for SDK types that are not in the .NET reference assemblies. Namespaces, type names and
/// constructor parameter names follow the real packages (Azure.Core, Azure.Identity, Azure.Storage.Common,
/// Azure.Security.KeyVault.Secrets, Microsoft.Data.SqlClient, Microsoft.Extensions.Configuration.Abstractions):
/// the analyzers match by metadata name and parameter name.
/// </summary>
internal static class Stubs
{
    public const string Source = """
        namespace Azure.Core
        {
            public abstract class TokenCredential { }
        }
        namespace Azure
        {
            public class AzureKeyCredential { public AzureKeyCredential(string key) { } public void Update(string key) { } }
            public class AzureNamedKeyCredential { public AzureNamedKeyCredential(string name, string key) { } }
            public class AzureSasCredential { public AzureSasCredential(string signature) { } }
        }
        namespace Azure.Identity
        {
            public class TokenCredentialOptions { }
            public class ClientSecretCredential : Azure.Core.TokenCredential
            {
                public ClientSecretCredential(string tenantId, string clientId, string clientSecret) { }
                public ClientSecretCredential(string tenantId, string clientId, string clientSecret, TokenCredentialOptions options) { }
            }
            public class UsernamePasswordCredential : Azure.Core.TokenCredential
            {
                public UsernamePasswordCredential(string username, string password, string tenantId, string clientId) { }
            }
            public class ClientCertificateCredential : Azure.Core.TokenCredential
            {
                public ClientCertificateCredential(string tenantId, string clientId, string clientCertificatePath) { }
                public ClientCertificateCredential(string tenantId, string clientId, System.Security.Cryptography.X509Certificates.X509Certificate2 clientCertificate) { }
            }
            public class DefaultAzureCredential : Azure.Core.TokenCredential { }
        }
        namespace Azure.Storage
        {
            public class StorageSharedKeyCredential { public StorageSharedKeyCredential(string accountName, string accountKey) { } }
        }
        namespace Azure.Security.KeyVault.Secrets
        {
            public class SecretClient { public SecretClient(System.Uri vaultUri, Azure.Core.TokenCredential credential) { } }
        }
        namespace Microsoft.Data.SqlClient
        {
            public sealed class SqlConnectionStringBuilder
            {
                public SqlConnectionStringBuilder() { }
                public SqlConnectionStringBuilder(string connectionString) { }
                public string DataSource { get; set; } = "";
                public string UserID { get; set; } = "";
                public string Password { get; set; } = "";
            }
        }
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
        }
        """;
}
