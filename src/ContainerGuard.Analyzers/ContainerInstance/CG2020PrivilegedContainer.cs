using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2020: <c>ContainerSecurityContextDefinition.IsPrivileged</c> can be true, on a container, an init container or a profile. The code fix removes it.</summary>
internal sealed class CG2020PrivilegedContainer : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.PrivilegedId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "IsPrivileged is true: the container gets every capability and the host's devices; leave it unset");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnTrue(new PropertySet(types.SecurityContext, "IsPrivileged"), (context, sink) =>
            rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation()));
    }
}
