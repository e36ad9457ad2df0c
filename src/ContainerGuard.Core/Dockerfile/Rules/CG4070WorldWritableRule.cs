using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4070: a file mode that lets every user write — <c>chmod 777</c>/<c>0666</c>/<c>a+w</c>/<c>o+w</c>/<c>ugo+rwx</c>/<c>o=rwx</c>
/// (also <c>mkdir -m</c>, <c>install -m</c>) and <c>COPY/ADD --chmod=…</c>, in every stage (COPY --from keeps modes).
/// A sticky world-writable temporary directory (<c>chmod 1777 /tmp</c>, <c>/var/tmp</c>, <c>/dev/shm</c>, or a
/// folder named tmp/temp) is the standard layout and stays silent. Span: the mode word (the --chmod value).
/// </summary>
public sealed class CG4070WorldWritableRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.WorldWritable;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var site in InstructionSites.All(context.Document))
        {
            switch (site.Instruction)
            {
                case CopyInstruction copy:
                    if (copy.FindFlag("chmod") is { Value: { } mode } flag && Mode.Parse(mode) is { OthersWrite: true })
                    {
                        context.Report(Rule, site.Owner, flag.ValueSpan, $"{copy.Keyword} --chmod={mode} makes the files writable by every user. Grant write access only to the app user (e.g. --chmod=755 with --chown).");
                    }

                    break;
                case CommandInstruction command:
                    foreach (var effective in InstructionCommands.Effective(command))
                    {
                        CheckCommand(context, site, effective);
                    }

                    break;
            }
        }
    }

    private static void CheckCommand(DockerfileContext context, InstructionSite site, EffectiveCommand command)
    {
        LogicalWord? modeWord = null;
        var targets = new List<string>();
        var args = command.Arguments;
        if (command.Name == "chmod")
        {
            for (int i = 0; i < args.Count; i++)
            {
                string value = args[i].Value;
                if (modeWord == null && IsChmodOption(value))
                {
                    if (value.StartsWith("--reference", StringComparison.Ordinal))
                    {
                        return;
                    }

                    continue;
                }

                if (modeWord == null)
                {
                    modeWord = args[i];
                }
                else
                {
                    targets.Add(value);
                }
            }
        }
        else if (command.Name is "mkdir" or "install")
        {
            foreach (var (_, value, text) in CommandOptions.OptionValues(args, 'm', "--mode"))
            {
                modeWord = value;
                if (value.Value != text)
                {
                    // -m777 or --mode=777: the mode is part of the word.
                    modeWord = new LogicalWord(text, value.Raw, WordSpans.SpanOf(value, text));
                }
            }

            foreach (var word in args)
            {
                if (!word.Value.StartsWith("-", StringComparison.Ordinal) && word != modeWord)
                {
                    targets.Add(word.Value);
                }
            }
        }

        if (modeWord == null || Mode.Parse(modeWord.Value) is not { OthersWrite: true } mode)
        {
            return;
        }

        if (mode.Sticky && targets.Count > 0 && targets.TrueForAll(IsTemporaryDirectory))
        {
            return;
        }

        context.Report(Rule, site.Owner, modeWord.Span, $"{command.Name} {modeWord.Value} makes files writable by every user. Grant write access only to the app user (chown it, then 755/644 or u+w).");
    }

    /// <summary>chmod's own options (-R, -f, -v, -c, --recursive…); <c>-w</c> or <c>-x</c> are modes.</summary>
    private static bool IsChmodOption(string value)
    {
        if (value.StartsWith("--", StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Length < 2 || value[0] != '-')
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            if ("RfvcHLP".IndexOf(value[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTemporaryDirectory(string path)
    {
        string trimmed = path.TrimEnd('/');
        if (trimmed is "/tmp" or "/var/tmp" or "/dev/shm" || trimmed.StartsWith("/tmp/", StringComparison.Ordinal))
        {
            return true;
        }

        string name = ShellCommand.ProgramName(trimmed);
        return name.Equals("tmp", StringComparison.OrdinalIgnoreCase) || name.Equals("temp", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a chmod mode does to "others": octal (<c>777</c>, <c>0666</c>, <c>1777</c>) or symbolic (<c>a+w</c>, <c>u+x,o+w</c>).</summary>
    private readonly struct Mode
    {
        private Mode(bool othersWrite, bool sticky)
        {
            OthersWrite = othersWrite;
            Sticky = sticky;
        }

        public bool OthersWrite { get; }

        public bool Sticky { get; }

        public static Mode? Parse(string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (IsOctal(text))
            {
                if (text.Length > 5)
                {
                    return null;
                }

                int value = Convert.ToInt32(text, 8);
                return new Mode((value & 0x2) != 0, (value & 0x200) != 0);
            }

            // Symbolic: comma-separated clauses [ugoa]*([-+=][rwxXst]*)+. Without who, +w is filtered by the umask.
            bool othersWrite = false;
            bool sticky = false;
            foreach (var clause in text.Split(','))
            {
                int i = 0;
                bool others = false;
                while (i < clause.Length && "ugoa".IndexOf(clause[i]) >= 0)
                {
                    others |= clause[i] is 'o' or 'a';
                    i++;
                }

                if (i == clause.Length || "+-=".IndexOf(clause[i]) < 0)
                {
                    return null;
                }

                while (i < clause.Length)
                {
                    char op = clause[i];
                    if ("+-=".IndexOf(op) < 0)
                    {
                        return null;
                    }

                    i++;
                    int start = i;
                    while (i < clause.Length && "rwxXstugo".IndexOf(clause[i]) >= 0)
                    {
                        i++;
                    }

                    string perms = clause.Substring(start, i - start);
                    if (op != '-' && others && perms.IndexOf('w') >= 0)
                    {
                        othersWrite = true;
                    }

                    if (op != '-' && perms.IndexOf('t') >= 0)
                    {
                        sticky = true;
                    }
                }
            }

            return new Mode(othersWrite, sticky);
        }

        private static bool IsOctal(string text)
        {
            foreach (char c in text)
            {
                if (c < '0' || c > '7')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
