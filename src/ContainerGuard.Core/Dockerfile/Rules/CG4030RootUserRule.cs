using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
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

        var chain = PulledImages.Chain(final);
        var user = Users.Last(chain);
        if (user == null)
        {
            return;
        }

        string? resolved = context.Document.ScopeAt(user.Value.Instruction).Expand(user.Value.Word);
        if (resolved == null || !Users.IsRoot(resolved))
        {
            return;
        }

        string written = user.Value.Word.Value;
        string shown = written == resolved ? $"'{written}'" : $"'{written}' (= '{resolved}')";
        string fix = Users.IsWindowsAdministrator(resolved)
            ? "switch to USER ContainerUser before the entrypoint."
            : "create an unprivileged user and switch to it (USER app, or a numeric USER 10001) before the entrypoint; run only the steps that need root before it.";
        context.Report(Rule, user.Value.Instruction, user.Value.Word.Span, $"The final image runs as {shown}, which is root; {fix}");
    }
}

/// <summary>USER instructions of a stage chain.</summary>
internal static class Users
{
    /// <summary>The last USER of the chain (final stage first, then the stages it builds on), with its user word.</summary>
    public static (Instruction Instruction, LogicalWord Word)? Last(IReadOnlyList<DockerfileStage> chain)
    {
        for (int s = chain.Count - 1; s >= 0; s--)
        {
            var instructions = chain[s].Instructions;
            for (int i = instructions.Count - 1; i >= 0; i--)
            {
                if (instructions[i] is WordsInstruction { Keyword: "USER" } user && user.Words.Count > 0)
                {
                    return (user, user.Words[0]);
                }
            }
        }

        return null;
    }

    /// <summary><c>root</c>, <c>0</c>, with any group; Windows <c>ContainerAdministrator</c>.</summary>
    public static bool IsRoot(string spec)
    {
        int colon = spec.IndexOf(':');
        string name = colon < 0 ? spec : spec.Substring(0, colon);
        return name == "root" || IsZero(name) || IsWindowsAdministrator(name);
    }

    public static bool IsWindowsAdministrator(string spec)
        => spec.Equals("ContainerAdministrator", StringComparison.OrdinalIgnoreCase)
        || spec.StartsWith("ContainerAdministrator:", StringComparison.OrdinalIgnoreCase);

    private static bool IsZero(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c != '0')
            {
                return false;
            }
        }

        return true;
    }
}
