using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3021: <c>HostConfig.CapAdd</c> receives a capability outside Docker's default set (Core's <see cref="LinuxCapabilities"/>).
/// Reported on the entry; the code fix removes it and drops the rest (<c>CapDrop = ALL</c>).
/// </summary>
internal sealed class CG3021AddedCapability : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.AddedCapabilityId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "CapAdd adds '{0}': {1}; add none and drop the rest with CapDrop = [\"ALL\"]");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnEntry(new PropertySet(types.HostConfig, "CapAdd"), (context, _, entry) =>
            AddedCapabilities.Report(context, rules, Rule, entry.Value, "Docker's default set"));
    }
}
