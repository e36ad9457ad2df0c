namespace ContainerGuard.Catalog;

/// <summary>CG1xxx–CG3xxx: the Roslyn analyzers' rules (descriptors live here so the catalogue lists them).</summary>
public static class CSharpRuleDescriptors
{
    // Ids as constants: the analyzers create their Roslyn descriptors from them, and Microsoft.CodeAnalysis.Analyzers'
    // release tracking (AnalyzerReleases.*.md) only sees constant ids.
    public const string HardCodedCredentialId = "CG1001";
    public const string KnownFormatSecretId = "CG1002";
    public const string CredentialTypeWithLiteralSecretId = "CG1003";
    public const string CertificateValidationDisabledId = "CG1010";
    public const string PlainHttpAzureEndpointId = "CG1011";

    // secret
    public static readonly RuleDescriptor HardCodedCredential = new(
        HardCodedCredentialId, "Hard-coded credential", Concern.Secret, Severity.Warning, Surface.CSharp,
        "A variable, field, property, parameter or key whose name says it holds a credential receives a string literal. Read the secret from configuration, an environment variable or Azure Key Vault instead.");

    public static readonly RuleDescriptor KnownFormatSecret = new(
        KnownFormatSecretId, "Secret in a string literal", Concern.Secret, Severity.Warning, Surface.CSharp,
        "A string literal contains a secret in a recognisable format (a connection string with a password or key, a SAS signature, credentials in a URI, a private key, a token). Keep it in a secret store and read it at run time.");

    public static readonly RuleDescriptor CredentialTypeWithLiteralSecret = new(
        CredentialTypeWithLiteralSecretId, "Credential object created with a literal secret", Concern.Secret, Severity.Warning, Surface.CSharp,
        "A credential type (NetworkCredential, ClientSecretCredential, AzureKeyCredential, StorageSharedKeyCredential, AuthenticationHeaderValue…) receives its secret as a literal. Prefer a managed identity (DefaultAzureCredential), or read the secret at run time.");

    // tls
    public static readonly RuleDescriptor CertificateValidationDisabled = new(
        CertificateValidationDisabledId, "Server certificate validation disabled", Concern.Tls, Severity.Warning, Surface.CSharp,
        "A certificate validation callback accepts every certificate, so any man in the middle can read the credentials and data sent. Remove the callback, or check the SslPolicyErrors it receives.");

    public static readonly RuleDescriptor PlainHttpAzureEndpoint = new(
        PlainHttpAzureEndpointId, "Plain http:// endpoint for an Azure secret store, registry or storage account", Concern.Tls, Severity.Warning, Surface.CSharp,
        "A Key Vault, container registry or storage endpoint is addressed with http://, so secrets and tokens would travel unencrypted. Use https://.");

    public static readonly RuleDescriptor[] All =
    {
        HardCodedCredential, KnownFormatSecret, CredentialTypeWithLiteralSecret, CertificateValidationDisabled, PlainHttpAzureEndpoint,
    };
}
