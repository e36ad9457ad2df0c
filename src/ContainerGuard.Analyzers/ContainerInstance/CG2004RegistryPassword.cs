using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2004: a <c>ContainerGroupImageRegistryCredential</c> is given <c>Password</c> or <c>PasswordReference</c> and neither
/// <c>Identity</c> nor <c>IdentityUri</c>, as far as the code that builds it shows (a credential handed to other code is
/// not judged). Reported on the password property.
/// </summary>
internal sealed class CG2004RegistryPassword : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.RegistryPasswordId, category: "Security.registry-auth", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The registry credential for {0} authenticates with a user name and {1}; give the container group a managed identity with AcrPull and set Identity");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        if (types.RegistryCredential is not { } credentialType)
        {
            return;
        }

        registry.OnCreation(credentialType, (context, creation) =>
        {
            if (!SymbolEqualityComparer.Default.Equals(creation.Type, credentialType) || types.InModelFactory(creation))
            {
                return;
            }

            var credential = ObjectFlow.FromCreation(creation, rules.Flow(context.CancellationToken), forwardOnly: true);
            if (credential.Escapes || credential.IsSet("Identity") || credential.IsSet("IdentityUri"))
            {
                return;
            }

            foreach (var property in new[] { "Password", "PasswordReference" })
            {
                foreach (var write in credential.WritesOf(property))
                {
                    if (write.Value is { } value && value.ConstantValue is not { HasValue: true, Value: null })
                    {
                        var servers = new System.Collections.Generic.List<string>();
                        foreach (var server in credential.ValuesOf("Server"))
                        {
                            servers.AddRange(SinkValues.Texts(server, rules, context.CancellationToken));
                        }

                        var at = write.Site.Syntax is MemberAccessExpressionSyntax access ? access.Name : write.Site.Syntax;
                        rules.Report(context.ReportDiagnostic, Rule, at.GetLocation(),
                            servers.Count == 1 ? "'" + servers[0] + "'" : "the registry",
                            property == "Password" ? "a password" : "a password kept in Key Vault");
                        return;
                    }
                }
            }
        });
    }
}
