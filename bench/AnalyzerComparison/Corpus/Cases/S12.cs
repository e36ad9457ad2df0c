// Case S12: Basic authorization header with base64 user:password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S12
{
    public void Call(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "ZGVwbG95OkRwbDB5LVBhNTUtNzc=");
    }
}
