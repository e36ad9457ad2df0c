// Case F34: managed identity (no secret at all). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F34
{
    public SecretClient Vault() => new SecretClient(new Uri("https://orders-kv.vault.azure.net/"), new DefaultAzureCredential());
}
