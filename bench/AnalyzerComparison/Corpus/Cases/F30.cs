// Case F30: token placeholder for CI substitution. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F30
{
    public string Token() { string token = "${GITHUB_TOKEN}"; return token; }
}
