using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Secrets;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4043: ENV gives a credential-like name the value of a variable (<c>ENV DB_PASSWORD=$DB_PASSWORD</c>,
/// <c>ENV TOKEN=${TOKEN}</c>): whatever the build argument held is now in every container of the image.
/// </summary>
public sealed class CG4043SecretPersistedInEnvRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.SecretPersistedInEnv;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var names = CredentialNames.For(context.Options.Configuration);
        foreach (var (instruction, reportOn) in InstructionSites.All(context.Document))
        {
            if (instruction is not KeyValueInstruction { Keyword: "ENV" } env)
            {
                continue;
            }

            foreach (var pair in env.Pairs)
            {
                if (pair.Value is null || !ShellWords.HasVariableReference(pair.Value.Value))
                {
                    continue;
                }

                var name = names.Match(pair.Key.Value);
                if (name.IsMatch)
                {
                    context.Report(Rule, reportOn, pair.Key.Span,
                        $"ENV {pair.Key.Value} copies a credential ('{name.Word}') from a variable into the image; every container and 'docker inspect' shows it. Provide it at run time from a secret store instead.");
                }
            }
        }
    }
}
