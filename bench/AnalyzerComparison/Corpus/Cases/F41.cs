// Case F41: storage account endpoint without key. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F41
{
    public BlobServiceClient Client() => new BlobServiceClient(new Uri("https://ordersprodstore.blob.core.windows.net/"), new DefaultAzureCredential());
}
