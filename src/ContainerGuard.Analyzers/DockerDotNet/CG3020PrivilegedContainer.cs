using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3020: <c>HostConfig.Privileged</c> (or an exec's <c>ContainerExecCreateParameters.Privileged</c>) can be true.
/// Reported on the value; the code fix removes the assignment.
/// </summary>
internal sealed class CG3020PrivilegedContainer : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.PrivilegedId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "{0}.Privileged is true: the process gets every capability and the host's devices, so root in it is root on the host; remove it");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnTrue(new PropertySet(new[] { types.HostConfig, types.ExecCreateParameters }, "Privileged"), (context, sink) =>
            rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(), sink.Property.ContainingType.Name));
    }
}
