using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4050: <c>ADD https://…</c> (or ftp, or a Git repository) without <c>--checksum=</c>. A Git source pinned
/// to a full 40-character commit id is content-addressed and stays silent.
/// </summary>
public sealed class CG4050AddFromUrlRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.AddFromUrl;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var site in InstructionSites.All(context.Document))
        {
            if (site.Instruction is not CopyInstruction { Keyword: "ADD" } add || HasChecksum(add))
            {
                continue;
            }

            foreach (var source in add.Sources)
            {
                string kind = RemoteKind(source.Value);
                if (kind.Length != 0)
                {
                    context.Report(Rule, site.Owner, source.Span,
                        $"ADD downloads {kind} without --checksum: its content is not verified. Add --checksum=sha256:…, or download in RUN and check the digest.");
                }
            }
        }
    }

    private static bool HasChecksum(Instruction add)
        => add.FindFlag("checksum") is { Value: { Length: > 0 } };

    /// <summary>"a URL" / "a Git repository", or empty for a local source or one pinned to a commit.</summary>
    private static string RemoteKind(string source)
    {
        bool git = source.StartsWith("git@", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase)
            || IsHttpGit(source);
        if (git)
        {
            return IsPinnedToCommit(source) ? string.Empty : "a Git repository";
        }

        return source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            ? "a URL"
            : string.Empty;
    }

    private static bool IsHttpGit(string source)
    {
        if (!source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int hash = source.IndexOf('#');
        string path = hash < 0 ? source : source.Substring(0, hash);
        return path.EndsWith(".git", StringComparison.OrdinalIgnoreCase) || hash >= 0 && AsciiCase.IndexOf(path, "github.com/") >= 0;
    }

    /// <summary><c>…git#0123…(40 hex)</c> or <c>#&lt;sha&gt;:subdir</c>: the commit id fixes the content.</summary>
    private static bool IsPinnedToCommit(string source)
    {
        int hash = source.IndexOf('#');
        if (hash < 0)
        {
            return false;
        }

        string fragment = source.Substring(hash + 1);
        int colon = fragment.IndexOf(':');
        string reference = colon < 0 ? fragment : fragment.Substring(0, colon);
        if (reference.Length != 40)
        {
            return false;
        }

        foreach (char c in reference)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }
}
