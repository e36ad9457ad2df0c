// Case F13: Key Vault secret name. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F13
{
    public string Read(SecretClient client) { var secretName = "orders-db-password"; return client.GetSecret(secretName).Value; }
}
