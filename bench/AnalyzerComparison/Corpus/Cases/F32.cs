// Case F32: Entra ID authority URL. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F32
{
    public Uri Authority() { var authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com"; return new Uri(authority); }
}
