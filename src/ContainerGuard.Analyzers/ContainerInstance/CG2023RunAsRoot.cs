using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2023: <c>ContainerSecurityContextDefinition.RunAsUser</c> can be 0 (root, Core's <see cref="ContainerGuard.Containers.ContainerUsers"/>).</summary>
internal sealed class CG2023RunAsRoot : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.RunAsRootId, category: "Security.root", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "RunAsUser is 0: the container's processes run as root; use a non-root user id");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.SecurityContext, "RunAsUser"), (context, sink) =>
        {
            if (Flow.ValueFlow.Values(sink.Value, rules.Flow(context.CancellationToken)).Exists(v => ContainerGuard.Containers.ContainerUsers.IsRootUid(v.Integer)))
            {
                rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation());
            }
        });
    }
}
