// Case S13: Bearer JWT added as a raw header. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S13
{
    public void Call(HttpRequestMessage request)
    {
        request.Headers.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtb3JkZXJzIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzE2MjM5MDIyfQ.xovzQOkrEAQsHDaKNMQ9yUilqqgZDfrWoMK4Y7dw_mw");
    }
}
