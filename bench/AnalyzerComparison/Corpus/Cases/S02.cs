// Case S02: abbreviated name pwd. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S02
{
    public string Build(string user)
    {
        string pwd = "qwerty-778812";
        return user + ":" + pwd;
    }
}
