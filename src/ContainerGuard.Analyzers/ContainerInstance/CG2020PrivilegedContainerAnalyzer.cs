using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2020: <c>ContainerSecurityContextDefinition.IsPrivileged</c> can be true, on a container, an init container or a profile. The code fix removes it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG2020PrivilegedContainerAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.PrivilegedId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "IsPrivileged is true: the container gets every capability and the host's devices; leave it unset");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(SdkAnalyzers.Start(ContainerInstanceTypes.For, static (start, types, rules) =>
            Sinks.OnAssigned(start, new PropertySet(types.SecurityContext, "IsPrivileged"), (context, sink) =>
            {
                if (SinkValues.CanBeTrue(sink, rules, context.CancellationToken))
                {
                    rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation());
                }
            })));
    }
}
