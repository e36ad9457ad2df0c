using System.Collections.Immutable;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2002: a literal secret reaches a secret sink of a container group: <c>ContainerEnvironmentVariable.SecureValue</c> (and
/// a secret written into <c>Value</c>), <c>ContainerGroupImageRegistryCredential.Password</c>,
/// <c>ContainerInstanceAzureFileVolume.StorageAccountKey</c>, <c>ContainerGroupLogAnalytics.WorkspaceKey</c> (constructor or
/// property), or an entry of a secret volume (<c>ContainerVolume.Secret</c>).
/// </summary>
internal sealed class CG2002LiteralSecret : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.LiteralSecretId, category: "Security.secret", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "{0} receives a hard-coded secret; read it at run time, or use {1}");

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.RegistryCredential, "Password"), (context, sink) =>
            Check(context, rules, types, sink.Value, "password", "ContainerGroupImageRegistryCredential.Password", "Identity (a managed identity) or PasswordReference"));
        registry.OnAssigned(new PropertySet(types.AzureFileVolume, "StorageAccountKey"), (context, sink) =>
            Check(context, rules, types, sink.Value, "accountKey", "ContainerInstanceAzureFileVolume.StorageAccountKey", "StorageAccountKeyReference"));
        registry.OnAssigned(new PropertySet(types.LogAnalytics, "WorkspaceKey"), (context, sink) =>
            Check(context, rules, types, sink.Value, "workspaceKey", "ContainerGroupLogAnalytics.WorkspaceKey", "a key read from Key Vault"));
        registry.OnEntry(new PropertySet(types.Volume, "Secret"), (context, _, entry) =>
            Check(context, rules, types, entry.Value, "secret", "The secret volume", "ContainerVolume.SecretReference"));

        registry.OnAssigned(new PropertySet(types.EnvironmentVariable, "SecureValue", "Value"), (context, sink) =>
        {
            var names = ContainerInstanceOwners.EnvironmentVariableNames(sink, rules, context.CancellationToken);
            var name = names.Count > 0 ? names[0] : null;
            if (sink.Property.Name == "SecureValue")
            {
                // A secure value is a secret whatever its name says.
                var kind = name is not null && rules.Names.Match(name).IsMatch ? name : "secret";
                Check(context, rules, types, sink.Value, kind, "The secure value of " + (name is null ? "an environment variable" : "'" + name + "'"), "SecureValueReference to a Key Vault secret");
                return;
            }

            foreach (var known in Flow.ValueFlow.Values(sink.Value, rules.Flow(context.CancellationToken)))
            {
                if (LiteralSecrets.InEnvironmentValue(name, known, rules).Count > 0 && !types.InModelFactory(sink.Value))
                {
                    rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(),
                        "The value of " + (name is null ? "an environment variable" : "'" + name + "'"), "SecureValueReference to a Key Vault secret");
                    return;
                }
            }
        });
    }

    private static void Check(OperationAnalysisContext context, SdkRuleContext rules, ContainerInstanceTypes types, IOperation value, string kindName, string what, string instead)
    {
        if (!types.InModelFactory(value) && LiteralSecrets.Reaches(value, rules.Names.Match(kindName), rules, context.CancellationToken))
        {
            rules.Report(context.ReportDiagnostic, Rule, value.Syntax.GetLocation(), what, instead);
        }
    }
}
