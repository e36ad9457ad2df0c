using System.Collections.Immutable;
using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2033: an image off the approved list run by a container or init container of a container group (Core's image policy, as for Dockerfiles).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG2033ImageNotApprovedAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.ImageNotApprovedId, category: "Security.registry", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(ContainerInstanceImages.Start(Rule, static kind => kind is ImageIssueKind.ImageNotApproved));
    }
}
