// Case F18: MongoDB URI without credentials. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F18
{
    public string Url() => "mongodb://mongo.internal:27017/app?replicaSet=rs0";
}
