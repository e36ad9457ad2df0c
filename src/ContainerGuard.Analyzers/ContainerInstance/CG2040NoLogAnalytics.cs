using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2040: the <c>ContainerGroupData</c> (or profile) sent to <c>CreateOrUpdate[Async]</c> is built without
/// <c>DiagnosticsLogAnalytics</c>. Only when every object the argument can be is built in view and not handed to other
/// code; reported on the argument.
/// </summary>
internal sealed class CG2040NoLogAnalytics : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.NoLogAnalyticsId, category: "Security.audit-logging", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "The container group is created without DiagnosticsLogAnalytics, so its logs and events are not collected; send them to a Log Analytics workspace");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        void Check(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (invocation.TargetMethod.Name is not ("CreateOrUpdate" or "CreateOrUpdateAsync")
                || !(SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.ContainerGroupCollection)
                     || SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.ContainerGroupProfileCollection)))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name != "data")
                {
                    continue;
                }

                var trace = ObjectFlow.Trace(argument.Value, rules.Flow(context.CancellationToken));
                if (trace.IsComplete && trace.Objects.TrueForAll(group => !group.IsSet("DiagnosticsLogAnalytics")))
                {
                    rules.Report(context.ReportDiagnostic, Rule, argument.Value.Syntax.GetLocation());
                }
            }
        }

        registry.OnInvocation("CreateOrUpdate", Check);
        registry.OnInvocation("CreateOrUpdateAsync", Check);
    }
}
