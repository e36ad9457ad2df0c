// Case F10: validation message mentioning password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F10
{
    private const string PasswordPolicyError = "Password must be at least 12 characters long.";
    public string Error() => PasswordPolicyError;
}
