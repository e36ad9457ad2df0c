using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3024: a <c>HostConfig.Binds</c> entry (<c>source:target[:options]</c>) or a <c>Mount.Source</c> is the Docker socket,
/// the host's root or a host system directory (Core's <see cref="HostMounts"/>).
/// </summary>
internal sealed class CG3024HostPathMount : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.HostPathMountId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The container mounts '{0}', {1}; mount only application data");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnEntry(new PropertySet(types.HostConfig, "Binds"), (context, _, entry) =>
        {
            foreach (var bind in SinkValues.Texts(entry.Value, rules, context.CancellationToken))
            {
                if (HostMounts.ParseBind(bind) is { } parsed)
                {
                    Report(context, rules, entry.Value, parsed.Source);
                }
            }
        });

        registry.OnAssigned(new PropertySet(types.Mount, "Source"), (context, sink) =>
        {
            foreach (var source in SinkValues.Texts(sink.Value, rules, context.CancellationToken))
            {
                Report(context, rules, sink.Value, source);
            }
        });
    }

    private static void Report(OperationAnalysisContext context, SdkRuleContext rules, IOperation at, string hostPath)
    {
        var risk = HostMounts.Classify(hostPath);
        if (risk != HostPathRisk.None)
        {
            rules.Report(context.ReportDiagnostic, Rule, at.Syntax.GetLocation(), HostMounts.NormalizePath(hostPath), HostMounts.Describe(risk));
        }
    }
}
