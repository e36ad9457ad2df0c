// Case F12: name of an API-key header. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F12
{
    private const string ApiKeyHeaderName = "X-Api-Key";
    public void Add(HttpRequestMessage request, string key) => request.Headers.Add(ApiKeyHeaderName, key);
}
