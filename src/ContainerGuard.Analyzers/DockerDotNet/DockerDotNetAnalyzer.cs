using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// The CG3xxx rules for Docker.DotNet and Docker.DotNet.Enhanced, run by one analyzer: the packages' types are resolved
/// once per compilation, nothing is registered when neither package is referenced, and one callback per operation kind
/// dispatches to the rules that listen to the SDK member it touches.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DockerDotNetAnalyzer : DiagnosticAnalyzer
{
    internal static readonly ISdkRule<DockerTypes>[] Rules =
    {
        new CG3001RegistryPassword(), new CG3002EnvironmentSecret(), new CG3003PlainTcpEndpoint(),
        new CG3010HostNetwork(), new CG3011PublishAllPorts(),
        new CG3020PrivilegedContainer(), new CG3021AddedCapability(), new CG3022WeakSecurityOption(), new CG3023HostNamespace(),
        new CG3024HostPathMount(), new CG3025HostDevice(), new CG3026RunAsRoot(),
        new DockerImagePolicy(),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = SdkAnalyzers.Descriptors(Rules);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(SdkAnalyzers.StartRules(DockerTypes.For, Rules));
    }
}
