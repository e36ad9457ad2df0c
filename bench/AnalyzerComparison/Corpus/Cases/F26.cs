// Case F26: path to a mounted secret file. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F26
{
    public string Read() { var apiKeyPath = "/run/secrets/api_key"; return System.IO.File.ReadAllText(apiKeyPath); }
}
