// Case S27: hex client secret in a field named clientSecret. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S27
{
    private readonly string clientSecret = "d54014f91386e1b2e58846831ce2db80";
    public string Secret => clientSecret;
}
