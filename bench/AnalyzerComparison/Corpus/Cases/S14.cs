// Case S14: JWT signing key from a literal. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S14
{
    public SymmetricSecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("orders-jwt-signing-key-9f8e7d6c5b4a3921"));
}
