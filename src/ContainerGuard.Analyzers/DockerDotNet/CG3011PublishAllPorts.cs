using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3011: <c>HostConfig.PublishAllPorts</c> can be true.</summary>
internal sealed class CG3011PublishAllPorts : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.PublishAllPortsId, category: "Security.network", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "PublishAllPorts is true: every port the image exposes is published on all host interfaces; publish the ports needed with PortBindings");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnTrue(new PropertySet(types.HostConfig, "PublishAllPorts"), (context, sink) =>
            rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation()));
    }
}
