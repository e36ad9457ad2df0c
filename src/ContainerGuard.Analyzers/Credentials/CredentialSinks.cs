using System.Collections.Immutable;
using ContainerGuard.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Credentials;

/// <summary>
/// Where a constant string reaches something that holds a credential: a variable, field, property, parameter or
/// dictionary/setting key whose name is credential-like (CG1001), or the secret parameter or property of a
/// credential type such as NetworkCredential or ClientSecretCredential (CG1003, see <see cref="CredentialTypes"/>).
/// Both rules walk the same operations and split each sink between them, so one analyzer instance reports one id.
/// The name is checked first (cheap); values are only examined for credential-like names. A value that holds a
/// secret in a known format is left to CG1002, so one secret gets one diagnostic.
/// </summary>
internal sealed class CredentialSinks
{
    private readonly AnalyzerSettings _settings;
    private readonly SecretChecks _checks;
    private readonly CredentialTypes _credentialTypes;
    private readonly DiagnosticDescriptor _reported;

    private CredentialSinks(AnalyzerSettings settings, SecretChecks checks, CredentialTypes credentialTypes, DiagnosticDescriptor reported)
    {
        _settings = settings;
        _checks = checks;
        _credentialTypes = credentialTypes;
        _reported = reported;
    }

    /// <summary>
    /// Registers the walk for one analyzer: <paramref name="reported"/> is <see cref="DiagnosticDescriptors.HardCodedCredential"/>
    /// (CG1001, sinks known by their name) or <see cref="DiagnosticDescriptors.CredentialTypeWithLiteralSecret"/> (CG1003,
    /// the secret parameters and properties of credential types).
    /// </summary>
    public static void Register(CompilationStartAnalysisContext start, DiagnosticDescriptor reported)
    {
        var settings = AnalyzerSettings.From(start.Compilation, start.Options, start.CancellationToken);
        if (!settings.Enabled)
        {
            return;
        }

        var sinks = new CredentialSinks(settings, new SecretChecks(settings.ExtraSecretNames), CredentialTypes.Resolve(start.Compilation), reported);
        if (!sinks.ReportsCredentialTypes)
        {
            // Declarations and fields are named sinks only; credential types are reached through arguments and properties.
            start.RegisterOperationAction(c => sinks.VariableDeclarator(c), OperationKind.VariableDeclarator);
            start.RegisterOperationAction(c => sinks.FieldInitializer(c), OperationKind.FieldInitializer);
        }

        start.RegisterOperationAction(c => sinks.PropertyInitializer(c), OperationKind.PropertyInitializer);
        start.RegisterOperationAction(c => sinks.Assignment(c), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(
            c =>
            {
                // Entries of an SDK secret collection (ContainerVolume.Secret.Add(…)) are CG2002's.
                var invocation = (IInvocationOperation)c.Operation;
                if (!Sdk.SdkSecretSinks.IsOwnedCollection(invocation.Instance))
                {
                    sinks.Arguments(c, invocation.Arguments);
                }
            },
            OperationKind.Invocation);
        start.RegisterOperationAction(c => sinks.Arguments(c, ((IObjectCreationOperation)c.Operation).Arguments), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => sinks.Return(c), OperationKind.Return);
    }

    private bool ReportsCredentialTypes => ReferenceEquals(_reported, DiagnosticDescriptors.CredentialTypeWithLiteralSecret);

    private void VariableDeclarator(OperationAnalysisContext context)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
        if (initializer is not null)
        {
            CheckNamed(context, declarator.Symbol.Name, initializer.Value);
        }
    }

    private void FieldInitializer(OperationAnalysisContext context)
    {
        var initializer = (IFieldInitializerOperation)context.Operation;
        if (!initializer.InitializedFields.IsEmpty)
        {
            CheckNamed(context, initializer.InitializedFields[0].Name, initializer.Value);
        }
    }

    private void PropertyInitializer(OperationAnalysisContext context)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        if (!initializer.InitializedProperties.IsEmpty)
        {
            CheckAssignedTo(context, initializer.InitializedProperties[0], initializer.Value);
        }
    }

    private void Assignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when !Sdk.SdkSecretSinks.IsOwnedCollection(indexer.Instance):
                // dictionary["Password"] = "…", configuration["Db:Password"] = "…"
                CheckNamed(context, SecretValues.ConstantString(indexer.Arguments[0].Value), assignment.Value);
                break;
            case IPropertyReferenceOperation property:
                CheckAssignedTo(context, property.Property, assignment.Value);
                break;
            case IFieldReferenceOperation field:
                CheckNamed(context, field.Field.Name, assignment.Value);
                break;
            case ILocalReferenceOperation local:
                CheckNamed(context, local.Local.Name, assignment.Value);
                break;
            case IParameterReferenceOperation parameter:
                CheckNamed(context, parameter.Parameter.Name, assignment.Value);
                break;
        }
    }

    private void Arguments(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
    {
        if (arguments.IsEmpty)
        {
            return;
        }

        IArgumentOperation? key = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name is "key" or "name" or "variable" && argument.Parameter.Type.SpecialType == SpecialType.System_String)
            {
                key = argument;
            }
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || Sdk.SdkSecretSinks.IsOwned(parameter))
            {
                continue; // SDK secret sinks are CG2002's and CG3001's
            }

            if (_credentialTypes.IsSecretParameter(parameter))
            {
                CheckCredentialType(context, parameter.Name, parameter.ContainingType.Name, argument.Value);
            }
            else if (_credentialTypes.IsCredentialType(parameter.ContainingType))
            {
                // ids, user names, paths: not secrets; CG1003 owns these types.
            }
            else if (key is not null && parameter.Name == "value")
            {
                // dictionary.Add("Password", "…"), { "ApiKey", "…" }, new KeyValuePair<…>("ApiKey", "…"),
                // Environment.SetEnvironmentVariable("DB_PASSWORD", "…"), headers.Add("X-Api-Key", "…")
                CheckNamed(context, SecretValues.ConstantString(key.Value), argument.Value);
            }
            else if (!ReferenceEquals(argument, key))
            {
                CheckNamed(context, parameter.Name, argument.Value);
            }
        }
    }

    private void Return(OperationAnalysisContext context)
    {
        // string Password => "…";
        var returned = (IReturnOperation)context.Operation;
        if (returned.ReturnedValue is { } value
            && context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: IPropertySymbol property })
        {
            CheckAssignedTo(context, property, value);
        }
    }

    private void CheckAssignedTo(OperationAnalysisContext context, IPropertySymbol property, IOperation value)
    {
        if (Sdk.SdkSecretSinks.IsOwned(property))
        {
            return; // CG2002 and CG3001 report these with the SDK's advice
        }

        if (_credentialTypes.IsSecretProperty(property))
        {
            CheckCredentialType(context, property.Name, property.ContainingType.Name, value);
        }
        else
        {
            CheckNamed(context, property.Name, value);
        }
    }

    private void CheckNamed(OperationAnalysisContext context, string? name, IOperation value)
    {
        if (ReportsCredentialTypes)
        {
            return;
        }

        var nameMatch = _checks.MatchName(name);
        if (name is null || !nameMatch.IsMatch || nameMatch.Category == CredentialCategory.ConnectionString)
        {
            // A connection string is a secret only for what it holds: CG1002 finds that part.
            return;
        }

        foreach (var found in SecretValues.Collect(value))
        {
            if (found.ConstantSymbol is { } constant && _checks.MatchName(constant.Name).IsMatch)
            {
                continue; // already reported where the constant is declared
            }

            if (IsTheNameItself(name, found.Value))
            {
                continue; // AccessKey = "accesskey", ApiKeyHeader = "api-key": the name spelled out, not a value
            }

            if (SecretChecks.IsPlausibleSecret(nameMatch, found.Value) && !SecretChecks.ContainsKnownFormat(found.Value))
            {
                Report(context, DiagnosticDescriptors.HardCodedCredential, found.Operation, name, name);
            }
        }
    }

    /// <summary>True when <paramref name="value"/> is <paramref name="name"/> in another spelling (case, '-', '_', '.', ':').</summary>
    private static bool IsTheNameItself(string name, string value)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < name.Length && !char.IsLetterOrDigit(name[i]))
            {
                i++;
            }

            while (j < value.Length && !char.IsLetterOrDigit(value[j]))
            {
                j++;
            }

            if (i == name.Length || j == value.Length)
            {
                return i == name.Length && j == value.Length && value.Length > 0;
            }

            if (char.ToLowerInvariant(name[i]) != char.ToLowerInvariant(value[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private void CheckCredentialType(OperationAnalysisContext context, string parameterName, string typeName, IOperation value)
    {
        if (!ReportsCredentialTypes)
        {
            return;
        }

        // The parameter is known to take a secret; classify values as a credential-like name of its kind would.
        var nameMatch = _checks.MatchName(parameterName switch
        {
            "key" => "apiKey",
            "signature" or "parameter" => "token",
            _ => parameterName,
        });
        foreach (var found in SecretValues.Collect(value))
        {
            if (found.ConstantSymbol is { } constant && _checks.MatchName(constant.Name).IsMatch)
            {
                continue;
            }

            if (SecretChecks.IsPlausibleSecret(nameMatch, found.Value) && !SecretChecks.ContainsKnownFormat(found.Value))
            {
                Report(context, DiagnosticDescriptors.CredentialTypeWithLiteralSecret, found.Operation, parameterName, parameterName, typeName);
            }
        }
    }

    private void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation at, string name, params object[] messageArgs)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Name, name);
        _settings.Report(context.ReportDiagnostic, descriptor, at.Syntax.GetLocation(), properties, messageArgs);
    }
}
