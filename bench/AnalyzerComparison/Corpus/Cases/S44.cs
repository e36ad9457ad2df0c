// Case S44: assignment to an _apiKey field (mirrors CG1001 tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S44
{
    private string _apiKey;
    public void Reset() { _apiKey = "k3y-8e7d6c5b4a39"; }
}
