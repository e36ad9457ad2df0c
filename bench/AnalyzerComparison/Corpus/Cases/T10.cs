// Case T10: default handler (no callback). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T10
{
    public HttpClient Client() => new HttpClient(new HttpClientHandler());
}
