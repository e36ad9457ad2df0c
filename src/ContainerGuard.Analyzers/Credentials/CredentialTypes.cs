using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// CG1003's table: credential types and the constructor/method parameters or properties that take the secret.
/// Resolved once per compilation; types the compilation does not reference are simply absent.
/// </summary>
internal sealed class CredentialTypes
{
    // metadata name, parameters (of constructors and methods) that receive the secret, properties that hold it.
    private static readonly (string MetadataName, string[] SecretParameters, string[] SecretProperties)[] Known =
    {
        ("System.Net.NetworkCredential", new[] { "password" }, new[] { "Password" }),
        ("System.Net.Http.Headers.AuthenticationHeaderValue", new[] { "parameter" }, Array.Empty<string>()),
        ("Azure.AzureKeyCredential", new[] { "key" }, Array.Empty<string>()),
        ("Azure.AzureNamedKeyCredential", new[] { "key" }, Array.Empty<string>()),
        ("Azure.AzureSasCredential", new[] { "signature" }, Array.Empty<string>()),
        ("Azure.Identity.ClientSecretCredential", new[] { "clientSecret" }, Array.Empty<string>()),
        ("Azure.Identity.UsernamePasswordCredential", new[] { "password" }, Array.Empty<string>()),
        ("Azure.Storage.StorageSharedKeyCredential", new[] { "accountKey" }, Array.Empty<string>()),
        ("Microsoft.Data.SqlClient.SqlConnectionStringBuilder", Array.Empty<string>(), new[] { "Password" }),
        ("System.Data.SqlClient.SqlConnectionStringBuilder", Array.Empty<string>(), new[] { "Password" }),
        ("Npgsql.NpgsqlConnectionStringBuilder", Array.Empty<string>(), new[] { "Password" }),
        ("MySqlConnector.MySqlConnectionStringBuilder", Array.Empty<string>(), new[] { "Password" }),
    };

    // Types whose other parameters are never secrets (ids, paths): CG1001 stays quiet on them too.
    private static readonly string[] KnownWithoutSecretParameters =
    {
        "Azure.Identity.ClientCertificateCredential",
    };

    private readonly Dictionary<INamedTypeSymbol, (string[] Parameters, string[] Properties)> _types;

    private CredentialTypes(Dictionary<INamedTypeSymbol, (string[] Parameters, string[] Properties)> types)
    {
        _types = types;
    }

    public bool IsEmpty => _types.Count == 0;

    public static CredentialTypes Resolve(Compilation compilation)
    {
        var types = new Dictionary<INamedTypeSymbol, (string[], string[])>(SymbolEqualityComparer.Default);
        foreach (var (metadataName, parameters, properties) in Known)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is { } type)
            {
                types[type] = (parameters, properties);
            }
        }

        foreach (var metadataName in KnownWithoutSecretParameters)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is { } type)
            {
                types[type] = (Array.Empty<string>(), Array.Empty<string>());
            }
        }

        return new CredentialTypes(types);
    }

    /// <summary>True when <paramref name="type"/> is a credential type (CG1003 owns its parameters).</summary>
    public bool IsCredentialType(ITypeSymbol? type) => type is INamedTypeSymbol named && _types.ContainsKey(named.OriginalDefinition);

    public bool IsSecretParameter(IParameterSymbol parameter)
        => parameter.ContainingSymbol is IMethodSymbol { ContainingType: { } type }
           && _types.TryGetValue(type.OriginalDefinition, out var entry)
           && Array.IndexOf(entry.Parameters, parameter.Name) >= 0;

    public bool IsSecretProperty(IPropertySymbol property)
        => _types.TryGetValue(property.ContainingType.OriginalDefinition, out var entry)
           && Array.IndexOf(entry.Properties, property.Name) >= 0;
}
