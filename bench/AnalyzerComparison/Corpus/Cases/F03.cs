// Case F03: constant holding the name of a password setting. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F03
{
    private const string PasswordKey = "Password";
    public string Read(IConfiguration configuration) => configuration[PasswordKey];
}
