// Case S23: Google API key in a neutral name. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S23
{
    private readonly string _mapsKey = "AIzaH353kCoMHV2AvQ5SZ7kCMplShiA40AE8FJj";
    public string Key => _mapsKey;
}
