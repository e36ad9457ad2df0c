// Case T04: callback that checks SslPolicyErrors. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T04
{
    public HttpClientHandler Handler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None,
    };
}
