using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Containers;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4030: the USER the final image runs as — the last USER of the final stage, or of the stages it builds
/// on (<c>FROM base AS final</c>) when it sets none — is root: <c>root</c>, <c>0</c>, <c>root:…</c>, <c>0:…</c>,
/// or on Windows <c>ContainerAdministrator</c>. Variables are expanded with the ARG/ENV values in scope
/// (<c>USER $UID</c> with <c>ENV UID=0</c>). A later non-root USER fixes it; a root USER earlier in the file, or
/// in a builder stage, is fine. Practice recommendation 8. Span: the user word.
/// </summary>
public sealed class CG4030RootUserRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.RootUser;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        var final = context.Document.FinalStage;
        if (final == null)
        {
            return;
        }

        var chain = StageChains.Of(final);
        var user = StageUsers.Last(chain);
        if (user == null)
        {
            return;
        }

        string? resolved = context.Document.ScopeAt(user.Value.Instruction).Expand(user.Value.Word);
        if (resolved == null || !ContainerUsers.IsRoot(resolved))
        {
            return;
        }

        string written = user.Value.Word.Value;
        string shown = written == resolved ? $"'{written}'" : $"'{written}' (= '{resolved}')";
        string fix = ContainerUsers.IsWindowsAdministrator(resolved)
            ? "switch to USER ContainerUser before the entrypoint."
            : "create an unprivileged user and switch to it (USER app, or a numeric USER 10001) before the entrypoint; run only the steps that need root before it.";
        // "runs as 'root', which is root" says nothing: the clause only explains a user id or a variable.
        string name = resolved.Split(':')[0];
        bool saysItself = written == resolved && (name == "root" || ContainerUsers.IsWindowsAdministrator(name));
        string which = saysItself ? string.Empty : ContainerUsers.IsWindowsAdministrator(resolved) ? ", the Windows administrator" : ", which is root";
        context.Report(Rule, user.Value.Instruction, user.Value.Word.Span, $"The final image runs as {shown}{which}; {fix}");
    }
}
