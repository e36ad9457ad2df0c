using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers;

/// <summary>The Roslyn descriptors of the CG1xxx rules; message formats name what matched, never a value.</summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor HardCodedCredential = DescriptorFactory.Create(
        id: CSharpRuleDescriptors.HardCodedCredentialId, category: "Security.secret", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "'{0}' receives a hard-coded credential; read it from configuration or a secret store");

    public static readonly DiagnosticDescriptor KnownFormatSecret = DescriptorFactory.Create(
        id: CSharpRuleDescriptors.KnownFormatSecretId, category: "Security.secret", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "String literal contains {0}; keep it in a secret store and read it at run time");

    public static readonly DiagnosticDescriptor CredentialTypeWithLiteralSecret = DescriptorFactory.Create(
        id: CSharpRuleDescriptors.CredentialTypeWithLiteralSecretId, category: "Security.secret", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "'{0}' of {1} is a hard-coded secret; use a managed identity or read it at run time");

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = DescriptorFactory.Create(
        id: CSharpRuleDescriptors.CertificateValidationDisabledId, category: "Security.tls", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "{0} accepts every server certificate; remove it or check the SslPolicyErrors");

    public static readonly DiagnosticDescriptor PlainHttpAzureEndpoint = DescriptorFactory.Create(
        id: CSharpRuleDescriptors.PlainHttpAzureEndpointId, category: "Security.tls", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "{0} endpoint uses plain http://; use https://");
}
