using System;
using System.Collections.Generic;
using ContainerGuard.Rules;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4051: a download run as code without being verified — <c>curl … | sh</c>, <c>wget -qO- … | sudo bash -</c>,
/// <c>bash &lt;(curl …)</c>, <c>sh -c "$(curl …)"</c>, <c>eval "$(wget -O- …)"</c>. The span runs from the download
/// command's name through the interpreter's name for a pipe, and over the interpreter command up to the end of
/// the word holding the download for a substitution. An interpreter that gets its code elsewhere
/// (<c>python -c …</c>, <c>bash script.sh</c>) reads the download as data and stays silent.
/// </summary>
public sealed class PipeToShellRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.PipeToShell;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var (site, instruction) in CommandMatching.CommandSites(context.Document, "RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK"))
        {
            foreach (var commands in CommandMatching.CommandLists(instruction))
            {
                for (int i = 0; i < commands.Count; i++)
                {
                    var command = CommandMatching.Unwrap(commands[i]);
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
                        context.Report(Rule, site.Owner, CommandMatching.Cover(command.NameWord.Span, word.Span),
                            $"{command.Name} runs code downloaded by a command substitution without checking it. Download to a file, verify its checksum or signature, then run it.");
                    }
                }
            }
        }
    }

    private static void CheckPipeline(DockerfileContext context, InstructionSite site, IReadOnlyList<ShellCommand> commands, int index, EffectiveCommand download)
    {
        // Follow the pipe (curl … | tee log | sh) to an interpreter reading its code from stdin.
        for (int next = CommandMatching.NextInPipeline(commands, index); next >= 0; next = CommandMatching.NextInPipeline(commands, next))
        {
            var reader = CommandMatching.Unwrap(commands[next]);
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

        string name = CommandMatching.BaseName(text.Substring(start, end - start));
        if (name == "sudo")
        {
            return StartsWithDownload(text, end);
        }

        return Interpreters.IsDownloader(name);
    }
}

/// <summary>Which programs download and which run code they are given.</summary>
internal static class Interpreters
{
    public static bool IsDownloader(string name) => name is "curl" or "wget" or "fetch";

    public static bool IsShell(string name) => name is "sh" or "bash" or "dash" or "zsh" or "ksh" or "ash" or "mksh" or "fish";

    /// <summary>Programs that execute a script: shells, Python, Perl, Ruby, Node.js, PHP, and eval/source.</summary>
    public static bool IsCodeRunner(string name)
        => IsShell(name) || CommandMatching.IsPythonName(name) || name is "perl" or "ruby" or "node" or "nodejs" or "php" or "eval" or "source" or ".";

    /// <summary>The option whose argument is inline code: <c>sh -c</c>, <c>python -c</c>, <c>node -e</c>, <c>perl -e</c>.</summary>
    public static bool IsInlineCodeOption(string name, string option)
    {
        if (option.Length < 2 || option[0] != '-' || option[1] == '-')
        {
            return name is "node" or "nodejs" && option is "--eval" or "--print";
        }

        char last = option[option.Length - 1];
        if (IsShell(name) || CommandMatching.IsPythonName(name))
        {
            return last == 'c';
        }

        return name switch
        {
            "perl" => last is 'e' or 'E',
            "ruby" => last == 'e',
            "node" or "nodejs" => last is 'e' or 'p',
            "php" => last == 'r',
            _ => false,
        };
    }

    /// <summary>
    /// True when the interpreter runs what arrives on stdin: no inline code option, no module, and no script
    /// file argument other than <c>-</c> or <c>/dev/stdin</c> (<c>sh -s -- args</c> reads stdin too).
    /// </summary>
    public static bool ReadsCodeFromStdin(EffectiveCommand command)
    {
        string name = command.Name;
        if (!IsCodeRunner(name) || name is "eval" or "source" or ".")
        {
            return false;
        }

        bool shell = IsShell(name);
        bool python = CommandMatching.IsPythonName(name);
        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            string value = args[i].Value;
            if ((shell && value is "-o" or "+o") || (python && value is "-W" or "-X"))
            {
                i++;
                continue;
            }

            if (value is "-" or "/dev/stdin")
            {
                return true;
            }

            if (value == "--")
            {
                // sh -s -- args: positional parameters follow; python -- script: a file follows.
                return shell;
            }

            if (value.Length > 1 && (value[0] == '-' || (shell && value[0] == '+')))
            {
                if (IsInlineCodeOption(name, value) || (python && value == "-m"))
                {
                    return false;
                }

                if (shell && !value.StartsWith("--", StringComparison.Ordinal) && value.IndexOf('s') > 0)
                {
                    return true;
                }

                continue;
            }

            // A script file: the pipe is its data.
            return false;
        }

        return true;
    }
}
