// Case F16: UI control id containing password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F16
{
    public string Field() { string passwordField = "txtPassword"; return passwordField; }
}
