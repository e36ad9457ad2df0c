// Case S29: Azure UsernamePasswordCredential with a literal password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S29
{
    public UsernamePasswordCredential Credential() =>
        new UsernamePasswordCredential("svc-reports@contoso.example", "Rep0rts!Contoso", "72f988bf-86f1-41af-91ab-2d7cd011db47", "0c9d2f3e-5b4a-4f6e-9a1b-3c2d1e0f9a8b");
}
