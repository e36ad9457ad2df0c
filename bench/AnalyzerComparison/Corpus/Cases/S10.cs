// Case S10: Azure Storage connection string with AccountKey. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S10
{
    public BlobServiceClient Client() =>
        new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=ordersprodstore;AccountKey=roORnZeI5Zuk20YOFUNH6a7tWYuG3kGw3djS5c9dA1N7kAHjcQH3/d5G4gjHErjudTyBd28DfMRd60h1yc4UYA==;EndpointSuffix=core.windows.net");
}
