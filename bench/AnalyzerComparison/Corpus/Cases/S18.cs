// Case S18: Azure client secret literal for ClientSecretCredential. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S18
{
    public ClientSecretCredential Credential() =>
        new ClientSecretCredential("72f988bf-86f1-41af-91ab-2d7cd011db47", "0c9d2f3e-5b4a-4f6e-9a1b-3c2d1e0f9a8b", "apE8Q~8rijjE2Fd-KmpSx5b.p7CXJ4rcChlSxNAV");
}
