// Case S35: API key in an anonymous-type style settings object. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S35
{
    public object Settings() => new { Endpoint = "https://api.partner.example", ApiKey = "pk_9f2a77c1e4b84d2f9c03" };
}
