using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3010: <c>HostConfig.NetworkMode</c> can be <c>host</c>.</summary>
internal sealed class CG3010HostNetwork : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.HostNetworkId, category: "Security.network", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "NetworkMode is 'host': the container gets {0}; use a bridge or user-defined network and publish only the ports needed");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.HostConfig, "NetworkMode"), (context, sink) =>
        {
            if (SinkValues.Texts(sink.Value, rules, context.CancellationToken).Exists(HostNamespaces.IsHostMode))
            {
                rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(), HostNamespaces.Describe(HostNamespace.Network));
            }
        });
    }
}
