// Case F42: documentation example value. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F42
{
    public string Example() { var apiKey = "YOUR_API_KEY_HERE"; return apiKey; }
}
