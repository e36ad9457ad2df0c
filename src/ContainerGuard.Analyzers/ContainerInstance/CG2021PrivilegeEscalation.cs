using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2021: <c>ContainerSecurityContextDefinition.AllowPrivilegeEscalation</c> can be true. The code fix sets it to false.</summary>
internal sealed class CG2021PrivilegeEscalation : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.PrivilegeEscalationId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "AllowPrivilegeEscalation is true: processes can gain more privileges than their parent (setuid binaries); set it to false");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnTrue(new PropertySet(types.SecurityContext, "AllowPrivilegeEscalation"), (context, sink) =>
            rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation()));
    }
}
