// Case S18: Azure client secret literal for ClientSecretCredential. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S18
{
    public ClientSecretCredential Credential() =>
        new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0c9d2f3e-5b4a-4f6e-9a1b-3c2d1e0f9a8b", "apE8Q~8rijjE2Fd-KmpSx5b.p7CXJ4rcChlSxNAV");
}
