// Case F29: character set for generating passwords. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F29
{
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public char Pick(int i) => PasswordAlphabet[i % PasswordAlphabet.Length];
}
