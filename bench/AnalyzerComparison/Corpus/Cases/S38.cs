// Case S38: Stripe live secret key in a neutral name. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S38
{
    private const string Payments = "sk_live_w7nfbQfpzdWbELg9qAD0P97X";
    public string Get() => Payments;
}
