using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3025: an entry of <c>HostConfig.Devices</c>: a host device handed to the container.</summary>
internal sealed class CG3025HostDevice : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.HostDeviceId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The host device {0} is passed into the container, which can then read and write it directly; pass no devices");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnEntry(new PropertySet(types.HostConfig, "Devices"), (context, _, entry) =>
        {
            if (entry.Value.ConstantValue is { HasValue: true, Value: null })
            {
                return;
            }

            var path = "(a device)";
            foreach (var device in ObjectFlow.Trace(entry.Value, rules.Flow(context.CancellationToken)).Objects)
            {
                foreach (var value in device.ValuesOf("PathOnHost"))
                {
                    var texts = SinkValues.Texts(value, rules, context.CancellationToken);
                    if (texts.Count > 0)
                    {
                        path = "'" + texts[0] + "'";
                    }
                }
            }

            rules.Report(context.ReportDiagnostic, Rule, entry.Value.Syntax.GetLocation(), path);
        });
    }
}
