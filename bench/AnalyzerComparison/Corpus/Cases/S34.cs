// Case S34: passphrase for a certificate file. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S34
{
    public System.Security.Cryptography.X509Certificates.X509Certificate2 Load(byte[] pfx)
    {
        const string passphrase = "pfx-Exp0rt-Key!";
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(pfx, passphrase);
    }
}
