// Case S37: Key Vault secret value returned from a hard-coded fallback. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S37
{
    public string Secret(string fromVault) => fromVault ?? "fallback-S3cret-Val";
}
