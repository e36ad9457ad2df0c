// Case F28: OAuth grant type 'password' in a switch. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F28
{
    public int Grant(string grantType)
    {
        switch (grantType)
        {
            case "password": return 1;
            case "client_credentials": return 2;
            default: return 0;
        }
    }
}
