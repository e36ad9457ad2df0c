// Case F24: ClientSecretCredential with the secret from the environment. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F24
{
    public ClientSecretCredential Cred() => new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0c9d2f3e-5b4a-4f6e-9a1b-3c2d1e0f9a8b", Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET"));
}
