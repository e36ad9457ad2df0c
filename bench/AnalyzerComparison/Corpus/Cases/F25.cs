// Case F25: token type word. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F25
{
    public string Header(string accessToken) { var tokenType = "Bearer"; return tokenType + " " + accessToken; }
}
