using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2010: a <c>ContainerGroupData</c> whose <c>IPAddress</c> has the type Public and which is given no <c>SubnetIds</c>,
/// as far as the code that builds it shows (a group handed to other code is not judged). Reported on the Public value.
/// </summary>
internal sealed class CG2010PublicIpAddress : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.PublicIpAddressId, category: "Security.network", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The container group gets a public IP address and no virtual network subnet, so its ports are open to the internet; deploy it into a subnet (SubnetIds) and publish through a gateway");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnCreation(types.ContainerGroupData, (context, creation) =>
        {
            if (!SymbolEqualityComparer.Default.Equals(creation.Type, types.ContainerGroupData) || types.InModelFactory(creation))
            {
                return;
            }

            var flow = rules.Flow(context.CancellationToken);
            var group = ObjectFlow.FromCreation(creation, flow, forwardOnly: true);
            if (group.Escapes || group.IsSet("SubnetIds"))
            {
                return;
            }

            foreach (var address in group.Child("IPAddress", flow).Objects)
            {
                foreach (var write in PublicAddresses.PublicTypeWrites(address, rules, context.CancellationToken))
                {
                    rules.Report(context.ReportDiagnostic, Rule, write.Syntax.GetLocation());
                }
            }
        });
    }
}
