using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// The CG2xxx rules for <c>Azure.ResourceManager.ContainerInstance</c>, run by one analyzer: the SDK's types are resolved
/// once per compilation, nothing is registered when the compilation does not reference the SDK, and one callback per
/// operation kind dispatches to the rules that listen to the SDK member it touches.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContainerInstanceAnalyzer : DiagnosticAnalyzer
{
    internal static readonly ISdkRule<ContainerInstanceTypes>[] Rules =
    {
        new CG2001SecretEnvironmentVariable(), new CG2002LiteralSecret(), new CG2003ExtensionSettingsSecret(), new CG2004RegistryPassword(),
        new CG2010PublicIpAddress(), new CG2011UnsecureDnsLabelReuse(), new CG2012PublicAdministrationPort(),
        new CG2020PrivilegedContainer(), new CG2021PrivilegeEscalation(), new CG2022AddedCapability(), new CG2023RunAsRoot(),
        new ContainerInstanceImagePolicy(),
        new CG2040NoLogAnalytics(),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = SdkAnalyzers.Descriptors(Rules);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(SdkAnalyzers.StartRules(ContainerInstanceTypes.For, Rules));
    }
}
