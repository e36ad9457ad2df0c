using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>An added capability, judged by Core (<see cref="LinuxCapabilities"/>) for every surface alike.</summary>
internal static class AddedCapabilities
{
    public static void Report(OperationAnalysisContext context, SdkRuleContext rules, DiagnosticDescriptor rule, IOperation entry, string defaultSet)
    {
        foreach (var name in SinkValues.Texts(entry, rules, context.CancellationToken))
        {
            var risk = LinuxCapabilities.Classify(name);
            if (risk is CapabilityRisk.Dangerous or CapabilityRisk.Elevated)
            {
                var why = LinuxCapabilities.DescribeDanger(name) ?? "a capability beyond " + defaultSet;
                rules.Report(context.ReportDiagnostic, rule, entry.Syntax.GetLocation(), LinuxCapabilities.Normalize(name), why);
            }
        }
    }
}
