// Case T07: http to localhost for local development. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T07
{
    public HttpClient Local() => new HttpClient { BaseAddress = new Uri("http://localhost:5000/") };
}
