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
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG2022AddedCapabilityAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.AddedCapabilityId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The security context adds capability '{0}': {1}; add none and drop what the process does not need");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(SdkAnalyzers.Start(ContainerInstanceTypes.For, static (start, types, rules) =>
            Sinks.OnEntry(start, rules, new PropertySet(types.Capabilities, "Add"), (context, _, entry) =>
                AddedCapabilities.Report(context, rules, Rule, entry.Value, "the runtime's default set"))));
    }
}
