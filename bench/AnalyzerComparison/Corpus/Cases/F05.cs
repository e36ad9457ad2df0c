// Case F05: empty password (cleared). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F05
{
    public void Clear() { var password = ""; Console.WriteLine(password.Length); }
}
