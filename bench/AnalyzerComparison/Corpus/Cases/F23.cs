// Case F23: NetworkCredential built from parameters. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F23
{
    public NetworkCredential Cred(string userName, string password) => new NetworkCredential(userName, password);
}
