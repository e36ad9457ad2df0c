using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4063: <c>apt-get install</c> / <c>apt install</c> in the final image without <c>--no-install-recommends</c>
/// (or <c>-o APT::Install-Recommends=false</c>, or <c>aptitude -R</c>). Silent after an earlier
/// <c>APT::Install-Recommends "false";</c> written to apt's configuration anywhere before it in the file (echo,
/// printf, heredoc). Span: from the manager word through the <c>install</c> word (<c>apt-get -y install</c>).
/// </summary>
public sealed class CG4063AptRecommendsRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.AptRecommends;

    private const string ConfigKey = "APT::Install-Recommends";

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        int configuredAt = FindRecommendsConfiguration(context.Document);
        foreach (var (site, instruction) in InstructionSites.Commands(context.Document, "RUN"))
        {
            if (!StageChains.IsInFinalImage(context.Document, site.Owner))
            {
                continue;
            }

            foreach (var command in InstructionCommands.Effective(instruction))
            {
                if (PackageCommand.Of(command) is { IsApt: true, IsInstall: true } install
                    && install.ManagerWord.Span.Start < configuredAt
                    && !SkipsRecommends(install))
                {
                    context.Report(Rule, site.Owner, install.ManagerThroughSubcommand,
                        $"{install.Manager} install also installs recommended packages. Add --no-install-recommends and list what the image needs.");
                }
            }
        }
    }

    private static bool SkipsRecommends(PackageCommand install)
    {
        var options = install.Options;
        for (int i = 0; i < options.Count; i++)
        {
            string value = options[i].Value;
            if (value is "--no-install-recommends" or "--without-recommends" || (install.Manager == "aptitude" && value == "-R"))
            {
                return true;
            }

            if (value.StartsWith("--install-recommends=", StringComparison.Ordinal) && IsOff(value.Substring("--install-recommends=".Length)))
            {
                return true;
            }

            if (IsRecommendsOff(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The file offset of the first text that switches recommends off in apt's configuration (an echo, printf
    /// or heredoc writing <c>APT::Install-Recommends "false";</c>), or int.MaxValue. The raw text of each RUN is
    /// read, so heredocs nested in a script count too; an <c>-o</c> given to one apt command does not.
    /// </summary>
    private static int FindRecommendsConfiguration(DockerfileDocument document)
    {
        string content = document.Text.Content;
        foreach (var (_, instruction) in InstructionSites.Commands(document, "RUN"))
        {
            var span = instruction.Span;
            if (span.End > content.Length || AsciiCase.IndexOf(content, ConfigKey, span.Start, span.Length) < 0)
            {
                continue;
            }

            var aptCommands = new List<Text.TextSpan>();
            foreach (var command in InstructionCommands.Effective(instruction))
            {
                if (PackageCommand.Of(command) is { IsApt: true })
                {
                    aptCommands.Add(command.Command.Span);
                }
            }

            for (int at = AsciiCase.IndexOf(content, ConfigKey, span.Start, span.Length);
                 at >= 0 && at < span.End;
                 at = at + 1 < span.End ? AsciiCase.IndexOf(content, ConfigKey, at + 1, span.End - at - 1) : -1)
            {
                if (IsRecommendsOff(content.Substring(at, Math.Min(ConfigKey.Length + 16, span.End - at))) && !aptCommands.Exists(c => c.Contains(at)))
                {
                    return at;
                }
            }
        }

        return int.MaxValue;
    }

    /// <summary><c>APT::Install-Recommends "false";</c>, <c>APT::Install-Recommends=0</c>, <c>-oAPT::Install-Recommends=false</c>.</summary>
    private static bool IsRecommendsOff(string text)
    {
        for (int at = AsciiCase.IndexOf(text, ConfigKey); at >= 0; at = AsciiCase.IndexOf(text, ConfigKey, at + 1))
        {
            int i = at + ConfigKey.Length;
            while (i < text.Length && (text[i] is ' ' or '\t' or '=' or '"' or '\'' || text[i] == '\\'))
            {
                i++;
            }

            int end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (IsOff(text.Substring(i, end - i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOff(string value)
        => value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase);
}
