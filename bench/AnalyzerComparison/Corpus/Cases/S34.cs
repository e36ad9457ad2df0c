// Case S34: passphrase for a certificate file. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S34
{
    public System.Security.Cryptography.X509Certificates.X509Certificate2 Load(byte[] pfx)
    {
        const string passphrase = "pfx-Exp0rt-Key!";
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(pfx, passphrase);
    }
}
