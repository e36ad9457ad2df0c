// Case F27: authentication mode word. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F27
{
    public bool UsesToken() { string authMode = "token"; return authMode == "token"; }
}
