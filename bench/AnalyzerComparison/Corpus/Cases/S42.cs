// Case S42: StorageSharedKeyCredential account key (mirrors CG1003 tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S42
{
    public StorageSharedKeyCredential Key() => new StorageSharedKeyCredential("ordersstore", "7n1niNqdiv+IUb8HToy4BFEVUBNmWIuvx2kd3CShenqjwny9ra4c1LcvfvbEcoZGOeDRkar5IumfHeGQ0ydfgw==");
}
