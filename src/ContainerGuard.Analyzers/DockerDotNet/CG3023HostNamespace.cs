using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3023: <c>PidMode</c>, <c>IpcMode</c>, <c>UTSMode</c>, <c>UsernsMode</c> or <c>CgroupnsMode</c> can be <c>host</c> (networking is CG3010).</summary>
internal sealed class CG3023HostNamespace : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.HostNamespaceId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "{0} is 'host': the container gets {1}; leave it unset");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.HostConfig, "PidMode", "IpcMode", "UTSMode", "UsernsMode", "CgroupnsMode"), (context, sink) =>
        {
            if (SinkValues.Texts(sink.Value, rules, context.CancellationToken).Exists(HostNamespaces.IsHostMode))
            {
                var ns = sink.Property.Name switch
                {
                    "PidMode" => HostNamespace.Pid,
                    "IpcMode" => HostNamespace.Ipc,
                    "UTSMode" => HostNamespace.Uts,
                    "UsernsMode" => HostNamespace.User,
                    _ => HostNamespace.Cgroup,
                };
                rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(), sink.Property.Name, HostNamespaces.Describe(ns));
            }
        });
    }
}
