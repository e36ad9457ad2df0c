using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4051: a download run as code without being verified — <c>curl … | sh</c>, <c>wget -qO- … | sudo bash -</c>,
/// <c>bash &lt;(curl …)</c>, <c>sh -c "$(curl …)"</c>, <c>eval "$(wget -O- …)"</c>. The span runs from the download
/// command's name through the interpreter's name for a pipe, and over the interpreter command up to the end of
/// the word holding the download for a substitution. An interpreter that gets its code elsewhere
/// (<c>python -c …</c>, <c>bash script.sh</c>) reads the download as data and stays silent.
/// </summary>
public sealed class CG4051PipeToShellRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.PipeToShell;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var (site, instruction) in InstructionSites.Commands(context.Document, "RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK"))
        {
            foreach (var commands in InstructionCommands.Lists(instruction))
            {
                for (int i = 0; i < commands.Count; i++)
                {
                    var command = EffectiveCommand.Of(commands[i]);
                    if (command == null)
                    {
                        continue;
                    }

                    if (Interpreters.IsDownloader(command.Name))
                    {
                        CheckPipeline(context, site, commands, i, command);
                    }
                    else if (Interpreters.IsCodeRunner(command.Name) && FindSubstitutedDownload(command) is { } word)
                    {
                        context.Report(Rule, site.Owner, WordSpans.Cover(command.NameWord.Span, word.Span),
                            $"{command.Name} runs code downloaded by a command substitution without checking it. Download to a file, verify its checksum or signature, then run it.");
                    }
                }
            }
        }
    }

    private static void CheckPipeline(DockerfileContext context, InstructionSite site, IReadOnlyList<ShellCommand> commands, int index, EffectiveCommand download)
    {
        // Follow the pipe (curl … | tee log | sh) to an interpreter reading its code from stdin.
        for (int next = InstructionCommands.NextInPipeline(commands, index); next >= 0; next = InstructionCommands.NextInPipeline(commands, next))
        {
            var reader = EffectiveCommand.Of(commands[next]);
            if (reader != null && Interpreters.ReadsCodeFromStdin(reader))
            {
                context.Report(Rule, site.Owner, TextSpan.FromBounds(download.NameWord.Span.Start, reader.NameWord.Span.End),
                    $"The output of {download.Name} is piped into {reader.Name} and runs unverified. Download to a file, verify its checksum or signature, then run it.");
                return;
            }
        }
    }

    /// <summary><c>bash &lt;(curl …)</c>, <c>sh -c "$(curl …)"</c>, <c>eval "$(wget …)"</c>, <c>. &lt;(curl …)</c>: the word with the download.</summary>
    private static LogicalWord? FindSubstitutedDownload(EffectiveCommand command)
    {
        var args = command.Arguments;
        bool eval = command.Name is "eval" or "source" or ".";
        for (int i = 0; i < args.Count; i++)
        {
            string value = args[i].Value;
            if (value.StartsWith("<(", StringComparison.Ordinal) && StartsWithDownload(value, 2))
            {
                return args[i];
            }

            // The code itself is the substitution: -c "$(curl …)" or eval "$(curl …)" (not a larger script using curl for data).
            bool codeArgument = eval || (i > 0 && Interpreters.IsInlineCodeOption(command.Name, args[i - 1].Value));
            if (codeArgument)
            {
                string trimmed = value.TrimStart();
                if ((trimmed.StartsWith("$(", StringComparison.Ordinal) && StartsWithDownload(trimmed, 2))
                    || (trimmed.StartsWith("`", StringComparison.Ordinal) && StartsWithDownload(trimmed, 1)))
                {
                    return args[i];
                }
            }
        }

        return null;
    }

    private static bool StartsWithDownload(string text, int from)
    {
        int start = from;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ')' && text[end] != '`')
        {
            end++;
        }

        string name = ShellCommand.ProgramName(text.Substring(start, end - start));
        if (name == "sudo")
        {
            return StartsWithDownload(text, end);
        }

        return Interpreters.IsDownloader(name);
    }
}
