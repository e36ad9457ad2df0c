// Case S24: Redis connection string with password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S24
{
    public string Redis() => "cache-prod.redis.internal:6380,password=R3d1s-S3cret-44,ssl=True,abortConnect=False";
}
