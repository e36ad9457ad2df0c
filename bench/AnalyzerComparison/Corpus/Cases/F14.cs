// Case F14: password checks against empty and length. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F14
{
    public bool Valid(string password) => password != "" && password.Length >= 12 && password != "password";
}
