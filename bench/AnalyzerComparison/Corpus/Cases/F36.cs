// Case F36: tenant and client ids (GUIDs, public identifiers). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F36
{
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string ClientId = "0c9d2f3e-5b4a-4f6e-9a1b-3c2d1e0f9a8b";
    public string Ids() => TenantId + ClientId;
}
