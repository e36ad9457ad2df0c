using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2012: a <c>ContainerGroupPort</c> of an IP address whose type is Public is a remote-administration port (Core's
/// <see cref="ExposedPorts"/>: SSH, RDP, the Docker API, WinRM…). Reported on the port number.
/// </summary>
internal sealed class CG2012PublicAdministrationPort : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.PublicAdministrationPortId, category: "Security.network", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Port {0} ({1}) is open on the container group's public IP address; remove it, or reach the container through a virtual network");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnCreation(types.IPAddress, (context, creation) =>
        {
            if (!SymbolEqualityComparer.Default.Equals(creation.Type, types.IPAddress) || types.InModelFactory(creation))
            {
                return;
            }

            var flow = rules.Flow(context.CancellationToken);
            var address = ObjectFlow.FromCreation(creation, flow, forwardOnly: true);
            if (PublicAddresses.PublicTypeWrites(address, rules, context.CancellationToken).Count == 0)
            {
                return;
            }

            foreach (var entry in address.EntriesOf("Ports", flow))
            {
                foreach (var port in ObjectFlow.Trace(entry.Value, flow).Objects)
                {
                    foreach (var number in port.ValuesOf("Port"))
                    {
                        foreach (var known in ValueFlow.Values(number, flow))
                        {
                            if (ExposedPorts.FindAdministrationPort(known.Integer) is { } administration)
                            {
                                rules.Report(context.ReportDiagnostic, Rule, number.Syntax.GetLocation(), administration.Number, administration.Service);
                            }
                        }
                    }
                }
            }
        });
    }
}
