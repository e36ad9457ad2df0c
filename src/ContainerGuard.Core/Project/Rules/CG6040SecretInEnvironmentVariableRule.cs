using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using ContainerGuard.Secrets;
using ContainerGuard.Text;

namespace ContainerGuard.Project.Rules;

/// <summary>
/// CG6040: a <c>ContainerEnvironmentVariable</c> item whose <c>Value</c> holds a secret — decided by the one detector
/// for secrets in environment values (<see cref="EnvironmentSecrets"/>: known formats, a credential-like name given a
/// plausible literal, a credential assignment inside the value; placeholders silent). <c>dotnet publish
/// -t:PublishContainer</c> writes the variable into the image configuration, so anyone who can pull the image reads
/// it. A value still holding <c>$(…)</c> (a property not resolved, typically passed at publish time) is not judged.
/// Span: the secret inside the <c>Value</c> attribute or element as written (the whole value when XML entities make
/// the written text differ from the value; the &lt;Project&gt; element for an item set in another file).
/// </summary>
public sealed class CG6040SecretInEnvironmentVariableRule : ProjectRule
{
    private static readonly RuleDescriptor Rule = ProjectRuleDescriptors.SecretInEnvironmentVariable;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(ProjectContext context)
    {
        CredentialNames? names = null;
        foreach (var variable in context.EnvironmentVariables)
        {
            string? value = variable.Value;
            if (string.IsNullOrEmpty(value) || ProjectContainerProperties.IsUnresolved(value))
            {
                continue;
            }

            names ??= CredentialNames.For(context.Options.Configuration);
            var secrets = EnvironmentSecrets.FindInValue(variable.Name, value, names);
            if (secrets.Count == 0)
            {
                continue;
            }

            var location = context.Locator.FindItemMetadata(ContainerEnvironmentVariables.ItemType, variable.Name, ContainerEnvironmentVariables.ValueMetadata, value)
                ?? context.Locator.ProjectElement;
            foreach (var secret in secrets)
            {
                string what = secret.Kind switch
                {
                    EnvironmentSecretKind.KnownFormat => "contains " + English.WithArticle(secret.Description),
                    EnvironmentSecretKind.CredentialValue => $"sets {secret.Description} to a literal value",
                    _ => "contains " + secret.Description,
                };
                context.Report(Rule, Narrow(location, value!, secret),
                    $"ContainerEnvironmentVariable {variable.Name} {what} ({secret.Redacted}); the SDK writes it into the image configuration, where anyone who can pull the image reads it. Provide it when the container starts (an orchestrator secret, docker run --env-file) or read it from a secret store.");
            }
        }
    }

    /// <summary>The secret's own span when the value is written as it reads (no XML entities), else the whole value.</summary>
    private static PropertyLocation Narrow(PropertyLocation location, string value, EnvironmentSecret secret)
    {
        var span = location.Span;
        if (location.Assignment is not null || span.End > location.Text.Length || span.Length != value.Length
            || string.CompareOrdinal(location.Text.Content, span.Start, value, 0, value.Length) != 0)
        {
            return location;
        }

        return new PropertyLocation(location.Path, location.Text, new TextSpan(span.Start + secret.Start, secret.Length), null);
    }
}
