// Case T08: partner API over plain http. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T08
{
    public HttpClient Partner() => new HttpClient { BaseAddress = new Uri("http://api.partner.example.com/v1/") };
}
