// Case S23: Google API key in a neutral name. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S23
{
    private readonly string _mapsKey = "AIzaH353kCoMHV2AvQ5SZ7kCMplShiA40AE8FJj";
    public string Key => _mapsKey;
}
