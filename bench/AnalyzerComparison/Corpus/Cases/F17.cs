// Case F17: token generated at run time. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F17
{
    public string NewToken() { var token = Guid.NewGuid().ToString("N"); return token; }
}
