using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>CG3011: <c>HostConfig.PublishAllPorts</c> can be true.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CG3011PublishAllPortsAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.PublishAllPortsId, category: "Security.network", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "PublishAllPorts is true: every port the image exposes is published on all host interfaces; publish the ports needed with PortBindings");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(SdkAnalyzers.Start(DockerTypes.For, static (start, types, rules) =>
            Sinks.OnAssigned(start, new PropertySet(types.HostConfig, "PublishAllPorts"), (context, sink) =>
            {
                if (SinkValues.CanBeTrue(sink, rules, context.CancellationToken))
                {
                    rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation());
                }
            })));
    }
}
