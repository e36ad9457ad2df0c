// Case S51: NetworkCredential(username, literal) (S2068/SCS0015 style). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S51
{
    public NetworkCredential Cred() => new NetworkCredential("username", "hardc0ded-Pass");
}
