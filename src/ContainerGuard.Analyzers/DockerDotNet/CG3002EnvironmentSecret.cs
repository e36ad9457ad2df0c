using System.Collections.Immutable;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.DockerDotNet;

/// <summary>
/// CG3002: an <c>Env</c> entry (<c>NAME=value</c>) of a container or an exec carries a literal secret (Core's
/// <see cref="EnvironmentSecrets"/>: a credential-like name with a plausible value, or a credential assignment in the value).
/// </summary>
internal sealed class CG3002EnvironmentSecret : ISdkRule<DockerTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: DockerDotNetRuleDescriptors.EnvironmentSecretId, category: "Security.secret", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Environment variable '{0}' is given {1} written in the code; pass it at run time from a secret store");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, DockerTypes types, SdkRuleContext rules)
    {
        registry.OnEntry(new PropertySet(new[] { types.CreateContainerParameters, types.Config, types.ContainerConfig, types.ExecCreateParameters }, "Env"), (context, _, entry) =>
        {
            foreach (var known in ValueFlow.Values(entry.Value, rules.Flow(context.CancellationToken)))
            {
                if (known.Constant is not string text)
                {
                    continue;
                }

                var (name, value, _) = EnvironmentSecrets.SplitEntry(text);
                if (value is null)
                {
                    continue;
                }

                var secrets = LiteralSecrets.InEnvironmentValue(name, new KnownValue(value, known.Origin), rules);
                if (secrets.Count > 0)
                {
                    rules.Report(context.ReportDiagnostic, Rule, entry.Value.Syntax.GetLocation(), name, secrets[0].Description);
                    return;
                }
            }
        });
    }
}
