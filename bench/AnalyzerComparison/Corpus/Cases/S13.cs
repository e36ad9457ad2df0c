// Case S13: Bearer JWT added as a raw header. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S13
{
    public void Call(HttpRequestMessage request)
    {
        request.Headers.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtb3JkZXJzIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzE2MjM5MDIyfQ.xovzQOkrEAQsHDaKNMQ9yUilqqgZDfrWoMK4Y7dw_mw");
    }
}
