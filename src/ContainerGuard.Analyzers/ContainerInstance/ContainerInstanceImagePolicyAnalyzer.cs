using System.Collections.Immutable;
using ContainerGuard.Images;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2030–CG2037: Core's image policy (<see cref="ImageAssessment"/>) on the images the code runs, one analyzer
/// for the eight rules (each image is assessed once; each rule's descriptor lives in its own file, named by its id).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContainerInstanceImagePolicyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        CG2030ImageFromDockerHub.Rule,
        CG2031ImageFromPublicRegistry.Rule,
        CG2032RegistryNotApproved.Rule,
        CG2033ImageNotApproved.Rule,
        CG2034MovingTag.Rule,
        CG2035MissingDigest.Rule,
        CG2036FullDistribution.Rule,
        CG2037EndOfLife.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(ContainerInstanceImages.Start(RuleFor));
    }

    /// <summary>The rule that owns an issue kind.</summary>
    internal static DiagnosticDescriptor? RuleFor(ImageIssueKind kind)
    {
        if (CG2030ImageFromDockerHub.Owns(kind))
        {
            return CG2030ImageFromDockerHub.Rule;
        }

        if (CG2031ImageFromPublicRegistry.Owns(kind))
        {
            return CG2031ImageFromPublicRegistry.Rule;
        }

        if (CG2032RegistryNotApproved.Owns(kind))
        {
            return CG2032RegistryNotApproved.Rule;
        }

        if (CG2033ImageNotApproved.Owns(kind))
        {
            return CG2033ImageNotApproved.Rule;
        }

        if (CG2034MovingTag.Owns(kind))
        {
            return CG2034MovingTag.Rule;
        }

        if (CG2035MissingDigest.Owns(kind))
        {
            return CG2035MissingDigest.Rule;
        }

        if (CG2036FullDistribution.Owns(kind))
        {
            return CG2036FullDistribution.Rule;
        }

        if (CG2037EndOfLife.Owns(kind))
        {
            return CG2037EndOfLife.Rule;
        }

        return null;
    }
}
