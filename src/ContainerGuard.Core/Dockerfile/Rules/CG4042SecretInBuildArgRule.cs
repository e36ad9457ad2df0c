using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Secrets;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4042: an ARG whose name says it carries a secret (<c>ARG NPM_TOKEN</c>, <c>ARG DB_PASSWORD=</c>), with or
/// without a default. Build arguments are kept in the image history; BuildKit secrets are not.
/// </summary>
public sealed class CG4042SecretInBuildArgRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.SecretInBuildArg;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var names = CredentialNames.For(context.Options.Configuration);
        foreach (var (instruction, reportOn) in InstructionSites.All(context.Document))
        {
            if (instruction is not ArgInstruction arg)
            {
                continue;
            }

            foreach (var declaration in arg.Declarations)
            {
                var name = names.Match(declaration.Key.Value);
                if (name.IsMatch)
                {
                    context.Report(Rule, reportOn, declaration.Key.Span,
                        $"ARG {declaration.Key.Value} looks like a secret ('{name.Word}'); build arguments are recorded in the image history. Use RUN --mount=type=secret,id={declaration.Key.Value.ToLowerInvariant()} instead.");
                }
            }
        }
    }
}
