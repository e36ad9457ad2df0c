using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3001: <c>AuthConfig.Password</c>, <c>Auth</c>, <c>IdentityToken</c> or <c>RegistryToken</c> receives a literal secret.</summary>
internal sealed class CG3001RegistryPassword : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.RegistryPasswordId, category: "Security.secret", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "AuthConfig.{0} receives a hard-coded secret; read it at run time (a secret store, the Docker credential helper)");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.AuthConfig, "Password", "Auth", "IdentityToken", "RegistryToken"), (context, sink) =>
        {
            var kind = rules.Names.Match(sink.Property.Name == "Password" ? "password" : "token");
            if (LiteralSecrets.Reaches(sink.Value, kind, rules, context.CancellationToken))
            {
                rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(), sink.Property.Name);
            }
        });
    }
}
