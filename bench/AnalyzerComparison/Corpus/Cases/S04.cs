// Case S04: SQL Server connection string with password. Label in ../../cases.tsv. Values are fabricated for the comparison.
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

internal sealed class S04
{
    public SqlConnection Open()
    {
        var connection = new SqlConnection("Server=tcp:orders-prod.database.windows.net,1433;Initial Catalog=orders;User ID=orders_admin;Password=Xy7!kq2Lm9vR;Encrypt=True;");
        connection.Open();
        return connection;
    }
}
