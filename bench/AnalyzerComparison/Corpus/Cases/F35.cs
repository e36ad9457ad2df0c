// Case F35: content hash (SHA-256) in an integrity field. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F35
{
    private const string ExpectedSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public bool Verify(string actual) => actual == ExpectedSha256;
}
