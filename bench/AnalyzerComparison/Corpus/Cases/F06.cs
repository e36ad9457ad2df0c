// Case F06: null password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F06
{
    public string Initial() { string password = null; return password; }
}
