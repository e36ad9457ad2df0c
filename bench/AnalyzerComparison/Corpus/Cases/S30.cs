// Case S30: Cosmos DB account key literal. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S30
{
    public CosmosClient Client() => new CosmosClient("https://orders-prod.documents.azure.com:443/", "LbmJVH9ei+WhkhTOV4KNUFecLu64rhNqcKJebpFWY0vPZFTGl5wCjUUabIZRF7BuSG4XPgDV4NTF18MqGlxTew==");
}
