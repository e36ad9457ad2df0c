// Case S28: Azure Storage SAS URL with signature. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S28
{
    public Uri Download() => new Uri("https://ordersprodstore.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=lt35uid9bENVtXurnghaxey6qFPJ%2FkS9g%2B85zqPu984%3D");
}
