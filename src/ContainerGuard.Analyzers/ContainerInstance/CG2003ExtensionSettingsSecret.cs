using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Analyzers.Sdk;
using ContainerGuard.Catalog;
using ContainerGuard.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.ContainerInstance;

/// <summary>
/// CG2003: <c>DeploymentExtensionSpec.Settings</c> (public) carries a credential: a member of the anonymous object or
/// dictionary given to <c>BinaryData.FromObjectAsJson</c>, or a key of the JSON given to <c>BinaryData.FromString</c>,
/// whose name says credential (<c>workspaceKey</c>, <c>password</c>…), whatever its value.
/// </summary>
internal sealed class CG2003ExtensionSettingsSecret : ISdkRule<ContainerInstanceTypes>
{
    public static readonly DiagnosticDescriptor Rule = DescriptorFactory.Create(
        id: ContainerInstanceRuleDescriptors.ExtensionSettingsSecretId, category: "Security.secret-exposure", defaultSeverity: DiagnosticSeverity.Warning, isEnabledByDefault: true,
        messageFormat: "Extension Settings carry '{0}', and public settings are stored and returned in plain text; move it to ProtectedSettings");

    private static readonly Regex JsonKey = new("\"([^\"\\\\]{1,100})\"\\s*:", RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100));

    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(Rule);

    public void Register(SdkRuleRegistry registry, ContainerInstanceTypes types, SdkRuleContext rules)
    {
        registry.OnAssigned(new PropertySet(types.ExtensionSpec, "Settings"), (context, sink) =>
        {
            foreach (var name in SettingNames(sink.Value, rules, context))
            {
                var match = rules.Names.Match(name);
                if (match.IsMatch && match.Category != CredentialCategory.ConnectionString)
                {
                    rules.Report(context.ReportDiagnostic, Rule, sink.Value.Syntax.GetLocation(), name);
                    return;
                }
            }
        });
    }

    /// <summary>The setting names in the value: anonymous-object members, dictionary keys, JSON object keys; through locals and helpers.</summary>
    private static IEnumerable<string> SettingNames(IOperation value, SdkRuleContext rules, OperationAnalysisContext context)
    {
        var flow = rules.Flow(context.CancellationToken);
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0 && flow.Step())
        {
            var operation = pending.Pop();
            switch (operation)
            {
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member })
                        {
                            yield return member.Property.Name;
                        }
                    }

                    break;
                case IObjectCreationOperation:
                    foreach (var entry in ValueFlow.Entries(operation, flow))
                    {
                        if (entry.Key?.ConstantValue is { HasValue: true, Value: string key })
                        {
                            yield return key;
                        }
                    }

                    break;
                case { ConstantValue: { HasValue: true, Value: string json } }:
                    // A JSON text, or one constant piece of one ("{\"apiToken\": \"" + token + "\"}").
                    foreach (Match match in JsonKey.Matches(json))
                    {
                        yield return match.Groups[1].Value;
                    }

                    break;
                case ILocalReferenceOperation or IFieldReferenceOperation or IParameterReferenceOperation or IInvocationOperation { TargetMethod.DeclaringSyntaxReferences.Length: > 0 }:
                    var sources = ValueFlow.Through(operation, flow, out var entered);
                    foreach (var source in sources ?? ValueFlow.NoOperations)
                    {
                        pending.Push(source);
                    }

                    flow.Exit(entered);
                    break;
                default:
                    foreach (var child in operation.ChildOperations)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }
}
