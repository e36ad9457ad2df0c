using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2001: a <c>ContainerEnvironmentVariable</c> whose name says credential (Core's <see cref="EnvironmentSecrets.HasCredentialName"/>)
/// is given <c>Value</c>, whatever the value: the plain value is shown to everyone who can read the group. Reported on
/// <c>Value</c>; the code fix renames it to <c>SecureValue</c>.
/// </summary>
internal sealed class CG2001SecretEnvironmentVariable : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.SecretEnvironmentVariableId, category: "Security.secret-exposure", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Environment variable '{0}' holds a credential but is set with Value, which is shown in plain text; use SecureValue or SecureValueReference");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.EnvironmentVariable, "Value"), (context, sink) =>
        {
            if (sink.Value.ConstantValue is { HasValue: true, Value: null or "" })
            {
                return;
            }

            foreach (var name in ContainerInstanceOwners.EnvironmentVariableNames(sink, rules, context.CancellationToken))
            {
                if (EnvironmentSecrets.HasCredentialName(name, rules.Names))
                {
                    var at = sink.Site.Syntax is MemberAccessExpressionSyntax access ? access.Name : sink.Site.Syntax;
                    rules.Report(context.ReportDiagnostic, Rule, at.GetLocation(), name);
                    return;
                }
            }
        });
    }
}
