using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3026: the container's <c>User</c> (<c>CreateContainerParameters</c>, <c>Config</c>, <c>ContainerConfig</c>) can be root or uid 0.</summary>
internal sealed class CG3026RunAsRoot : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.RunAsRootId, category: "Security.root", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The container runs as '{0}' (root); use a non-root user");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.ContainerSettings, "User"), (context, sink) =>
        {
            foreach (var user in SinkValues.Texts(sink.Value, rules, context.CancellationToken))
            {
                if (ContainerUsers.IsRoot(user))
                {
                    rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(), user.Trim());
                    return;
                }
            }
        });
    }
}
