// Case T06: Key Vault URI over http. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T06
{
    public SecretClient Vault() => new SecretClient(new Uri("http://orders-kv.vault.azure.net/"), new DefaultAzureCredential());
}
