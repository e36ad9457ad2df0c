// Case F01: password read from the environment. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F01
{
    public string Password() { var password = Environment.GetEnvironmentVariable("DB_PASSWORD"); return password; }
}
