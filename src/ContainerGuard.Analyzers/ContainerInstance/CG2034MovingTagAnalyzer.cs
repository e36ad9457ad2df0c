using System.Collections.Immutable;
using ContainerGuard.Catalog;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>CG2034: an image without a tag or with a moving tag run by a container or init container of a container group (Core's image policy, as for Dockerfiles).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG2034MovingTagAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.MovingTagId, category: "Security.pinning", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Image '{0}' {1}");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(ContainerInstanceImages.Start(Rule, static kind => kind is ImageIssueKind.MovingTag));
    }
}
