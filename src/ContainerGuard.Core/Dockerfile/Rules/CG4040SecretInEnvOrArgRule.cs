using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Secrets;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4040: a credential written into ENV, ARG or LABEL. Fires on a known secret format in any value
/// (connection string with a password, token, private key…), and on a plausible literal value given to a
/// credential-like ENV/ARG name (<c>ENV DB_PASSWORD=S3cr3t!x</c>). Silent on variable references (CG4043),
/// ARGs without a default (CG4042), placeholders, paths (<c>PASSWORD_FILE=/run/secrets/pw</c>) and on names
/// that are not credentials (<c>GPG_KEY</c> fingerprints, checksums, versions).
/// </summary>
public sealed class CG4040SecretInEnvOrArgRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.SecretInEnvOrArg;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var names = CredentialNames.For(context.Options.Configuration);
        foreach (var (instruction, reportOn) in InstructionSites.All(context.Document))
        {
            IReadOnlyList<KeyValueArgument> pairs;
            if (instruction is ArgInstruction arg)
            {
                pairs = arg.Declarations;
            }
            else if (instruction is KeyValueInstruction keyValue)
            {
                pairs = keyValue.Pairs;
            }
            else
            {
                continue;
            }

            bool namesCount = instruction is not KeyValueInstruction { Keyword: "LABEL" };
            foreach (var pair in pairs)
            {
                if (pair.Value is null)
                {
                    continue;
                }

                Check(context, instruction, reportOn, pair, namesCount ? names : null);
            }
        }
    }

    private static void Check(DockerfileContext context, Instruction instruction, Instruction reportOn, KeyValueArgument pair, CredentialNames? names)
    {
        var value = pair.Value!;
        string key = pair.Key.Value;
        var found = SecretDetector.Analyze(value.Value);
        if (found.Count > 0)
        {
            foreach (var match in found)
            {
                context.Report(Rule, reportOn, WordSpans.MapSpan(value, match),
                    $"{instruction.Keyword} {key} contains {English.WithArticle(match.Description)} ({SecretRedactor.Redact(value.Value, match.Start, match.Length)}); it stays in the image and its history. Pass it with RUN --mount=type=secret or at run time.");
            }

            return;
        }

        if (names is null)
        {
            return;
        }

        var name = names.Match(key);
        if (!name.IsMatch)
        {
            // JAVA_OPTS="-Ddb.password=S3cret -Xmx1g": a credential assignment inside the value.
            foreach (var match in SecretDetector.FindCredentialAssignments(value.Value, names))
            {
                context.Report(Rule, reportOn, WordSpans.MapSpan(value, match),
                    $"{instruction.Keyword} {key} sets {match.Name} to a literal value ({SecretRedactor.Redact(value.Value, match.Start, match.Length)}); it stays in the image and its history. Pass it with RUN --mount=type=secret or at run time.");
            }

            return;
        }

        if (ShellWords.HasVariableReference(value.Value) || SecretValueClassifier.Classify(value.Value, name) != SecretValueKind.Plausible)
        {
            return;
        }

        context.Report(Rule, reportOn, WordSpans.TrimmedSpan(value),
            $"{instruction.Keyword} {key} sets a credential ('{name.Word}') to a literal value ({SecretRedactor.Redact(value.Value.Trim())}); it stays in the image and its history. Pass it with RUN --mount=type=secret or at run time.");
    }
}
