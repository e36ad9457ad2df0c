// Case T09: TLS 1.0 forced on an SslStream. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T09
{
    public void Authenticate(SslStream stream) => stream.AuthenticateAsClient("api.partner.example.com", null, SslProtocols.Tls, false);
}
