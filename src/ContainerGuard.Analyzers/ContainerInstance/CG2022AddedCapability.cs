using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2022: <c>ContainerSecurityContextCapabilitiesDefinition.Add</c> receives a capability outside the runtime's default set
/// (Core's <see cref="ContainerGuard.Containers.LinuxCapabilities"/>), on a container, an init container or a profile.
/// </summary>
internal sealed class CG2022AddedCapability : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.AddedCapabilityId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The security context adds capability '{0}': {1}; add none and drop what the process does not need");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnEntry(new PropertySet(types.Capabilities, "Add"), (context, _, entry) =>
            AddedCapabilities.Report(context, rules, Rule, entry.Value, "the runtime's default set"));
    }
}
