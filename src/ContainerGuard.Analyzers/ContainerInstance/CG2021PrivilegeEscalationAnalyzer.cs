using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2021: <c>ContainerSecurityContextDefinition.AllowPrivilegeEscalation</c> can be true. The code fix sets it to false.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG2021PrivilegeEscalationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.PrivilegeEscalationId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "AllowPrivilegeEscalation is true: processes can gain more privileges than their parent (setuid binaries); set it to false");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(SdkAnalyzers.Start(ContainerInstanceTypes.For, static (start, types, rules) =>
            Sinks.OnAssigned(start, new PropertySet(types.SecurityContext, "AllowPrivilegeEscalation"), (context, sink) =>
            {
                if (SinkValues.CanBeTrue(sink, rules, context.CancellationToken))
                {
                    rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation());
                }
            })));
    }
}
