// Case T05: SslStream callback method that returns true. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T05
{
    private static bool AcceptAll(object sender, System.Security.Cryptography.X509Certificates.X509Certificate certificate, System.Security.Cryptography.X509Certificates.X509Chain chain, SslPolicyErrors errors) => true;
    public SslStream Wrap(System.IO.Stream inner) => new SslStream(inner, false, AcceptAll);
}
