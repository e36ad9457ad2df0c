// Case S10: Azure Storage connection string with AccountKey. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S10
{
    public BlobServiceClient Client() =>
        new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=ordersprodstore;AccountKey=roORnZeI5Zuk20YOFUNH6a7tWYuG3kGw3djS5c9dA1N7kAHjcQH3/d5G4gjHErjudTyBd28DfMRd60h1yc4UYA==;EndpointSuffix=core.windows.net");
}
