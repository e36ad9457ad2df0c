// Case S03: db password in a short name dbPass. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S03
{
    private static readonly string dbPass = "Pg!2024-prod-x";
    public string Get() => dbPass;
}
