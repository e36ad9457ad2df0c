// Case F07: angle-bracket placeholder in sample config. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F07
{
    public string Sample() { var password = "<your-password>"; return password; }
}
