// Case S43: AzureKeyCredential literal (mirrors CG1003 tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S43
{
    public AzureKeyCredential Key() => new AzureKeyCredential("048db6d83c2c503cb28b229aad3dc049");
}
