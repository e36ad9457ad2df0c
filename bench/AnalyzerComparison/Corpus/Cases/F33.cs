// Case F33: path to the AWS credentials file. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F33
{
    public string CredentialsFile(string home) { var credentialsPath = System.IO.Path.Combine(home, ".aws", "credentials"); return credentialsPath; }
}
