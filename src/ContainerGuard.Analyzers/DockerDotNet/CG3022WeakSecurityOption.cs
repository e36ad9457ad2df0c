using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3022: <c>HostConfig.SecurityOpt</c> receives an option that switches a protection off (Core's <see cref="SecurityOptions"/>).
/// The code fix puts <c>no-new-privileges:true</c> in its place.
/// </summary>
internal sealed class CG3022WeakSecurityOption : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.WeakSecurityOptionId, category: "Security.privileged", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Security option '{0}' {1}; keep the default profiles and use 'no-new-privileges:true'");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnEntry(new PropertySet(types.HostConfig, "SecurityOpt"), (context, _, entry) =>
        {
            foreach (var option in SinkValues.Texts(entry.Value, rules, context.CancellationToken))
            {
                var weak = SecurityOptions.Classify(option);
                if (weak != WeakSecurityOption.None)
                {
                    rules.Report(context.ReportDiagnostic, Rule, entry.Value.Syntax.GetLocation(), option.Trim(), SecurityOptions.Describe(weak));
                }
            }
        });
    }
}
