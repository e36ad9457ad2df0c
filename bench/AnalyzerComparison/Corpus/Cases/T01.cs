// Case T01: callback that accepts every certificate. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T01
{
    public HttpClientHandler Handler() => new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true };
}
