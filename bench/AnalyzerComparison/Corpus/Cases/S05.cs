// Case S05: MongoDB URI with user-info. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S05
{
    public string Url() => "mongodb://admin:Mng0-S3cretPass@mongo.internal:27017/app?authSource=admin";
}
