// Case F51: placeholder password 'changeit' style (mirrors CG1001 silent tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F51
{
    public string Sample() { var password = "your-password-here"; return password; }
}
