// Case S33: user:password pair in a field named credentials. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S33
{
    private readonly string credentials = "admin:Adm1n-Pw-2024";
    public string Get() => credentials;
}
