// Case S19: PEM private key in a constant. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S19
{
    private const string SigningKeyPem = "-----BEGIN RSA PRIVATE KEY-----\npZU5FvXokHHtrYTElQLNorsXwts0AMP6M6OJXnu6pJpRQ/KC+ky7XOWWDzVLYw/c\n6AxsXbfdWYMC0+tCXe2EDsJgo7KMc/aTMEmDdM1XDAcU5IgakmKpZ4+uS+62ivTG\n-----END RSA PRIVATE KEY-----";
    public string Pem() => SigningKeyPem;
}
