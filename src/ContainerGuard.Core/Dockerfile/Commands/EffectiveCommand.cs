using System;
using System.Collections.Generic;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>
/// A simple command seen through its wrappers: <c>sudo -E env X=1 nohup apt-get install …</c> is
/// <c>apt-get</c> with arguments <c>install …</c>, <c>tini -g -- gosu app node server.js</c> is <c>node</c>; the
/// wrappers stay visible in <see cref="Wrappers"/>.
/// </summary>
internal sealed class EffectiveCommand
{
    public EffectiveCommand(ShellCommand command, int index, IReadOnlyList<LogicalWord> wrappers, IReadOnlyList<LogicalWord> environment)
    {
        Command = command;
        Index = index;
        Wrappers = wrappers;
        Environment = environment;
        NameWord = command.Words[index];
        Name = ShellCommand.ProgramName(NameWord.Value);
        Arguments = new ListTail<LogicalWord>(command.Words, index + 1);
    }

    // AsPackageCommand's answer, computed once (a Memo slot).
    internal object? PackageCache;

    public ShellCommand Command { get; }

    /// <summary>Index of the program's word in <see cref="ShellCommand.Words"/>.</summary>
    public int Index { get; }

    /// <summary>The program's file name, <c>/usr/bin/curl</c> → <c>curl</c>.</summary>
    public string Name { get; }

    public LogicalWord NameWord { get; }

    public IReadOnlyList<LogicalWord> Arguments { get; }

    /// <summary>The wrapper program words (<c>sudo</c>, <c>env</c>, <c>nohup</c>…) before the program.</summary>
    public IReadOnlyList<LogicalWord> Wrappers { get; }

    /// <summary><c>NAME=value</c> words that set the program's environment: leading assignments and <c>env</c> arguments.</summary>
    public IReadOnlyList<LogicalWord> Environment { get; }

    /// <summary>
    /// The command after its wrappers, or null when nothing runs (a bare assignment, <c>command -v x</c>,
    /// <c>sudo -l</c>).
    /// </summary>
    public static EffectiveCommand? Of(ShellCommand command)
        => Memo.Get(ref command.EffectiveCache, command, ComputeUnwrap);

    private static EffectiveCommand? ComputeUnwrap(ShellCommand command)
    {
        var words = command.Words;

        // Most commands have no wrapper: the lists are made only when one is seen.
        List<LogicalWord>? wrappers = null;
        List<LogicalWord>? environment = null;
        int i = 0;
        while (i < words.Count)
        {
            string name = ShellCommand.ProgramName(words[i].Value);
            if (name == "init" && words[i].Value != "/init")
            {
                // s6-overlay's /init runs the command after it under supervision; /sbin/init boots systemd.
                break;
            }

            bool valueOptionsKnown = WrapperValueOptions.TryGetValue(name, out string? valueOptions);
            bool hasOperand = WrapperOperands.TryGetValue(name, out int operands);
            if (name == "command")
            {
                // `command -v x` asks where x is; `command x` runs it.
                if (i + 1 < words.Count && words[i + 1].Value is "-v" or "-V")
                {
                    return null;
                }

                valueOptionsKnown = true;
                valueOptions = string.Empty;
            }

            if (!valueOptionsKnown && !hasOperand)
            {
                break;
            }

            (wrappers ??= new List<LogicalWord>()).Add(words[i]);
            i++;

            // Options of the wrapper (sudo -E -u app, env -i, nice -n 5).
            while (i < words.Count)
            {
                string value = words[i].Value;
                if (value == "--")
                {
                    i++;
                    break;
                }

                if (name == "env" && ShellWords.IsAssignment(value))
                {
                    (environment ??= new List<LogicalWord>(command.Assignments)).Add(words[i]);
                    i++;
                    continue;
                }

                if (value.Length < 2 || value[0] != '-')
                {
                    break;
                }

                if (!value.StartsWith("--", StringComparison.Ordinal) && valueOptions != null)
                {
                    // -u app / -uapp: a value-taking short option consumes the rest or the next word.
                    for (int c = 1; c < value.Length; c++)
                    {
                        if (valueOptions.IndexOf(value[c]) >= 0)
                        {
                            if (c == value.Length - 1)
                            {
                                i++;
                            }

                            break;
                        }
                    }
                }
                else if (WrapperLongValueOptions.TryGetValue(name, out string[]? longOptions) && Array.IndexOf(longOptions, value) >= 0)
                {
                    // --user app: a long option whose value is the next word.
                    i++;
                }

                i++;
            }

            if (hasOperand)
            {
                i += operands;
            }
        }

        if (i >= words.Count)
        {
            return null;
        }

        return new EffectiveCommand(command, i, (IReadOnlyList<LogicalWord>?)wrappers ?? Array.Empty<LogicalWord>(), (IReadOnlyList<LogicalWord>?)environment ?? command.Assignments);
    }

    // Wrappers run the rest of their arguments as a command. Values: which of their short options take a value.
    // Init processes (tini, dumb-init, catatonit, Docker's docker-init, s6-overlay's /init) and user switches
    // (gosu, su-exec, setpriv, runuser, s6-setuidgid) are wrappers too: what they start is the container's program.
    private static readonly Dictionary<string, string> WrapperValueOptions = new(StringComparer.Ordinal)
    {
        ["tini"] = "pe",
        ["tini-static"] = "pe",
        ["docker-init"] = "pe",
        ["dumb-init"] = "r",
        ["catatonit"] = string.Empty,
        ["init"] = string.Empty,
        ["setpriv"] = string.Empty,
        ["runuser"] = "ugGs",
        ["sudo"] = "ugCDhpRrtTU",
        ["doas"] = "uC",
        ["env"] = "uCS",
        ["nohup"] = string.Empty,
        ["exec"] = "a",
        ["time"] = "fo",
        ["nice"] = "n",
        ["ionice"] = "cnpP",
        ["timeout"] = "sk",
        ["eatmydata"] = string.Empty,
        ["busybox"] = string.Empty,
        ["stdbuf"] = "ioe",
        ["chronic"] = string.Empty,
        ["xargs"] = "adEILnPs",
    };

    // Long options of wrappers whose value is the next word (--user app); --name=value is one word.
    private static readonly Dictionary<string, string[]> WrapperLongValueOptions = new(StringComparer.Ordinal)
    {
        ["sudo"] = new[] { "--user", "--group", "--host", "--prompt", "--role", "--type", "--close-from", "--chdir" },
        ["dumb-init"] = new[] { "--rewrite" },
        ["runuser"] = new[] { "--user", "--group", "--supp-group", "--shell" },
        ["env"] = new[] { "--unset", "--chdir", "--split-string" },
        ["timeout"] = new[] { "--signal", "--kill-after" },
    };

    // Wrappers with a fixed leading operand: gosu USER cmd, su-exec USER cmd, timeout DURATION cmd.
    private static readonly Dictionary<string, int> WrapperOperands = new(StringComparer.Ordinal)
    {
        ["gosu"] = 1,
        ["su-exec"] = 1,
        ["s6-setuidgid"] = 1,
        ["timeout"] = 1,
        ["chroot"] = 1,
    };
}
