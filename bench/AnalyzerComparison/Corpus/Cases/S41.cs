// Case S41: property ClientSecret initializer (mirrors CG1001 tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S41
{
    public string ClientSecret { get; set; } = "s3cr3t-Valu3-77";
}
