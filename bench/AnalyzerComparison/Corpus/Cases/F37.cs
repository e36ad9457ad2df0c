// Case F37: environment variable name for a token. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F37
{
    private const string TokenVariable = "GITHUB_TOKEN";
    public string Token() => Environment.GetEnvironmentVariable(TokenVariable);
}
