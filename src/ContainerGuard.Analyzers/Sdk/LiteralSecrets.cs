using System.Collections.Generic;
using ContainerGuard.Analyzers.Flow;
using ContainerGuard.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers.Sdk;

/// <summary>
/// Literal secrets that reach an SDK secret sink, judged by Core's one detector the way CG1001 judges them: placeholders,
/// empty strings and references are silent; a value in a known format is left to CG1002 and a constant whose own name
/// says credential is left to CG1001 (reported where it is declared), so one secret gets one diagnostic.
/// </summary>
internal static class LiteralSecrets
{
    /// <summary>True when a literal secret can reach the sink through <paramref name="value"/>.</summary>
    public static bool Reaches(IOperation value, CredentialNameMatch kind, SdkRuleContext rules, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var known in ValueFlow.Values(value, rules.Flow(cancellationToken)))
        {
            if (known.Constant is not string text || ReportedElsewhere(known, rules))
            {
                continue;
            }

            if (SecretChecks.IsPlausibleSecret(kind, text) && !SecretChecks.ContainsKnownFormat(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The secrets written into an environment entry's value (Core's <see cref="ContainerGuard.Containers.EnvironmentSecrets"/>), known formats excepted (CG1002's).</summary>
    public static List<ContainerGuard.Containers.EnvironmentSecret> InEnvironmentValue(string? name, KnownValue known, SdkRuleContext rules)
    {
        var found = new List<ContainerGuard.Containers.EnvironmentSecret>();
        if (known.Constant is not string text || ReportedElsewhere(known, rules))
        {
            return found;
        }

        foreach (var secret in ContainerGuard.Containers.EnvironmentSecrets.FindInValue(name, text, rules.Names))
        {
            if (secret.Kind != ContainerGuard.Containers.EnvironmentSecretKind.KnownFormat)
            {
                found.Add(secret);
            }
        }

        return found;
    }

    private static bool ReportedElsewhere(KnownValue known, SdkRuleContext rules)
        => Sources.Unwrap(known.Origin) switch
        {
            IFieldReferenceOperation { Field: { IsConst: true } field } => rules.Names.Match(field.Name).IsMatch,
            ILocalReferenceOperation { Local: { IsConst: true } local } => rules.Names.Match(local.Name).IsMatch,
            _ => false,
        };
}
