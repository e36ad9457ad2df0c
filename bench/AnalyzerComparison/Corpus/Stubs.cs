// Stand-ins for SDK types that are not packages on this machine: same namespaces, type names and constructor /
// property signatures as the real libraries (Azure.Identity, Azure.Core, Azure.Storage, Microsoft.Azure.Cosmos,
// Microsoft.Data.SqlClient, Microsoft.Extensions.Configuration, Microsoft.IdentityModel.Tokens, RabbitMQ.Client).
#pragma warning disable
namespace Azure.Core
{
    public abstract class TokenCredential { }
}

namespace Azure
{
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
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
    public class DefaultAzureCredential : Azure.Core.TokenCredential { }
}

namespace Azure.Storage
{
    public class StorageSharedKeyCredential { public StorageSharedKeyCredential(string accountName, string accountKey) { } }
}

namespace Azure.Storage.Blobs
{
    public class BlobServiceClient
    {
        public BlobServiceClient(string connectionString) { }
        public BlobServiceClient(System.Uri serviceUri, Azure.Core.TokenCredential credential) { }
        public BlobServiceClient(System.Uri serviceUri, Azure.Storage.StorageSharedKeyCredential credential) { }
    }
}

namespace Azure.Security.KeyVault.Secrets
{
    public class KeyVaultSecret { public string Value { get; set; } }
    public class SecretClient
    {
        public SecretClient(System.Uri vaultUri, Azure.Core.TokenCredential credential) { }
        public KeyVaultSecret GetSecret(string name) => null;
    }
}

namespace Microsoft.Azure.Cosmos
{
    public class CosmosClient
    {
        public CosmosClient(string connectionString) { }
        public CosmosClient(string accountEndpoint, string authKeyOrResourceToken) { }
    }
}

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
    public sealed class SqlConnectionStringBuilder
    {
        public SqlConnectionStringBuilder() { }
        public SqlConnectionStringBuilder(string connectionString) { }
        public string DataSource { get; set; }
        public string InitialCatalog { get; set; }
        public string UserID { get; set; }
        public string Password { get; set; }
        public string ConnectionString => string.Empty;
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration { string this[string key] { get; set; } }
}

namespace Microsoft.IdentityModel.Tokens
{
    public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
}

namespace RabbitMQ.Client
{
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
    }
}
