// Case F22: masked password for display. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F22
{
    public string Mask() { var password = new string('*', 8); return password; }
}
