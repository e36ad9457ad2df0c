// Case S30: Cosmos DB account key literal. Label in ../../cases.tsv. Values are fabricated for the comparison.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Authentication;
using System.Text;
using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;
using RabbitMQ.Client;

namespace Corpus.Cases;

internal sealed class S30
{
    public CosmosClient Client() => new CosmosClient("https://orders-prod.documents.azure.com:443/", "LbmJVH9ei+WhkhTOV4KNUFecLu64rhNqcKJebpFWY0vPZFTGl5wCjUUabIZRF7BuSG4XPgDV4NTF18MqGlxTew==");
}
