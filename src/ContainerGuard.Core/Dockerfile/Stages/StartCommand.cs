using System;
using System.Collections.Generic;
using ContainerGuard.Collections;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Stages;

/// <summary>What a container of the image starts with, as far as the rules care.</summary>
internal enum StartKind
{
    /// <summary>No ENTRYPOINT or CMD in the stage chain: the base image's command runs.</summary>
    None,

    /// <summary>A bare interpreter, REPL or shell (<c>CMD ["python3"]</c>, <c>CMD ["bash"]</c>): how runtime base images end.</summary>
    Interpreter,

    /// <summary><c>sleep infinity</c>, <c>tail -f /dev/null</c>, <c>while sleep 1000; do :; done</c>: a container kept alive for exec sessions (dev containers).</summary>
    KeepAlive,

    /// <summary>Anything else: the image starts an application, a server or a tool.</summary>
    Application,
}

/// <summary>
/// The command a container of the image runs: the chain's ENTRYPOINT and CMD composed into one command line as
/// Docker composes them, then seen through what only hands over to the real program.
/// <list type="bullet">
/// <item>Composition: an exec-form ENTRYPOINT takes CMD as its arguments (a shell-form CMD as <c>/bin/sh -c "…"</c>);
/// a shell-form ENTRYPOINT ignores CMD; an ENTRYPOINT set in a later stage than the last CMD resets it.</item>
/// <item>Hand-overs: init processes (<c>tini --</c>, <c>dumb-init</c>, <c>catatonit</c>, <c>docker-init</c>, s6-overlay's
/// <c>/init</c>), wrappers and user switches (<c>exec</c>, <c>env</c>, <c>gosu</c>, <c>su-exec</c>, <c>sudo -u</c>…, see
/// <see cref="EffectiveCommand"/>), entrypoint scripts followed by a command (<c>docker-entrypoint.sh</c>,
/// <c>docker-php-entrypoint</c>, <c>/usr/local/share/docker-init.sh</c>: names with "entrypoint" or ending in
/// "init.sh"), and <c>sh -c "…"</c> scripts, whose commands are judged together.</item>
/// </list>
/// Computed once per final stage.
/// </summary>
internal static class StartCommand
{
    private const int MaxDepth = 4;

    public static StartKind Classify(DockerfileStage final)
        => Memo.Get(ref final.StartCache, final, stage => (object)Compute(StageChains.Of(stage))) is StartKind kind ? kind : StartKind.Application;

    private static StartKind Compute(IReadOnlyList<DockerfileStage> chain)
    {
        Find(chain, out var entrypoint, out var cmd);
        if (entrypoint == null && cmd == null)
        {
            return StartKind.None;
        }

        if (entrypoint != null && !entrypoint.IsJsonForm)
        {
            // ENTRYPOINT in shell form runs /bin/sh -c "…" and ignores CMD.
            return ClassifyScript(entrypoint.ShellForm, 0);
        }

        var words = new List<LogicalWord>();
        if (entrypoint != null)
        {
            words.AddRange(entrypoint.JsonArguments);
        }

        ShellScript? cmdScript = null;
        if (cmd != null)
        {
            if (cmd.IsJsonForm)
            {
                words.AddRange(cmd.JsonArguments);
            }
            else
            {
                cmdScript = cmd.ShellForm;
            }
        }

        return ClassifyWords(words, cmdScript, 0);
    }

    /// <summary>The ENTRYPOINT and CMD in effect at the end of the chain (a later stage's ENTRYPOINT resets an earlier stage's CMD).</summary>
    private static void Find(IReadOnlyList<DockerfileStage> chain, out CommandInstruction? entrypoint, out CommandInstruction? cmd)
    {
        entrypoint = null;
        cmd = null;
        foreach (var stage in chain)
        {
            bool cmdInStage = false;
            bool entrypointInStage = false;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CommandInstruction { Keyword: "ENTRYPOINT" } e)
                {
                    entrypoint = e;
                    entrypointInStage = true;
                }
                else if (instruction is CommandInstruction { Keyword: "CMD" } c)
                {
                    cmd = c;
                    cmdInStage = true;
                }
            }

            if (entrypointInStage && !cmdInStage)
            {
                cmd = null;
            }
        }
    }

    /// <summary>
    /// An exec command line (<paramref name="words"/>), followed by <paramref name="tail"/> when a shell-form CMD
    /// is handed to it as <c>/bin/sh -c "…"</c>.
    /// </summary>
    private static StartKind ClassifyWords(IReadOnlyList<LogicalWord> words, ShellScript? tail, int depth)
    {
        int i = SkipHandOvers(words, tail != null);
        if (i >= words.Count)
        {
            // Only wrappers: what they run is the shell-form CMD; an init with nothing to run is taken as written.
            return tail != null ? ClassifyScript(tail, depth + 1) : StartKind.Application;
        }

        var program = new ListTail<LogicalWord>(words, i);
        string name = ShellCommand.ProgramName(program[0].Value);
        if (Interpreters.IsShell(name) && InlineScript(program) is { } script)
        {
            return ClassifyScript(script, depth + 1);
        }

        if (Interpreters.IsInteractiveInterpreter(name) && OnlyOptions(program))
        {
            return StartKind.Interpreter;
        }

        return IsKeepAlive(name, program) ? StartKind.KeepAlive : StartKind.Application;
    }

    /// <summary>The index of the program after init processes, wrappers and entrypoint scripts that hand over to it.</summary>
    private static int SkipHandOvers(IReadOnlyList<LogicalWord> words, bool tailFollows)
    {
        int i = 0;
        for (int guard = 0; i < words.Count && guard < 16; guard++)
        {
            var rest = new ListTail<LogicalWord>(words, i);
            var effective = EffectiveCommand.Of(new ShellCommand(Array.Empty<LogicalWord>(), rest, string.Empty));
            if (effective == null)
            {
                return words.Count;
            }

            i += effective.Index;
            bool commandFollows = i + 1 < words.Count ? !words[i + 1].Value.StartsWith("-", StringComparison.Ordinal) : tailFollows;
            if (!IsEntrypointScript(words[i].Value) || !commandFollows)
            {
                return i;
            }

            i++;
        }

        return i;
    }

    /// <summary><c>docker-entrypoint.sh</c>, <c>/entrypoint.sh</c>, <c>docker-php-entrypoint</c>, <c>/usr/local/share/docker-init.sh</c>, <c>init.sh</c>.</summary>
    private static bool IsEntrypointScript(string word)
    {
        string name = ShellCommand.ProgramName(word);
        return name.IndexOf("entrypoint", StringComparison.OrdinalIgnoreCase) >= 0
            || name.EndsWith("init.sh", StringComparison.OrdinalIgnoreCase);
    }

    private static StartKind ClassifyScript(ShellScript? script, int depth)
    {
        if (script == null || depth > MaxDepth)
        {
            return StartKind.Application;
        }

        bool keepAlive = false;
        bool interpreter = false;
        foreach (var command in script.Commands)
        {
            if (command.Words.Count == 0 || NeutralCommands.Contains(command.Name))
            {
                continue;
            }

            switch (ClassifyWords(command.Words, null, depth))
            {
                case StartKind.KeepAlive:
                    keepAlive = true;
                    break;
                case StartKind.Interpreter:
                    interpreter = true;
                    break;
                default:
                    return StartKind.Application;
            }
        }

        return keepAlive ? StartKind.KeepAlive : interpreter ? StartKind.Interpreter : StartKind.Application;
    }

    // Shell built-ins and chatter around the real program: `trap : TERM INT; sleep infinity & wait`.
    private static readonly HashSet<string> NeutralCommands = new(StringComparer.Ordinal)
    {
        "set", "export", "cd", "trap", "wait", "true", ":", "umask", "ulimit", "unset", "echo", "printf", "source", ".",
    };

    /// <summary>The script of <c>sh -c "…"</c> (options such as <c>-e</c>, <c>-o pipefail</c> before it), or null.</summary>
    private static ShellScript? InlineScript(IReadOnlyList<LogicalWord> program)
    {
        if (InstructionCommands.InlineScriptWord(new ListTail<LogicalWord>(program, 1)) is not { } word)
        {
            return null;
        }

        // Where the words stand does not matter here, only what runs: a word whose quoting cannot be followed is
        // parsed from its value.
        var text = ShellWords.ValueText(word) ?? new LogicalText(word.Value, Offsets(word), word.Span.End);
        return Parsing.ShellScriptParser.Parse(text, windows: false);
    }

    private static int[] Offsets(LogicalWord word)
    {
        var offsets = new int[word.Value.Length];
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = word.Span.Start;
        }

        return offsets;
    }

    private static bool OnlyOptions(IReadOnlyList<LogicalWord> program)
    {
        for (int i = 1; i < program.Count; i++)
        {
            if (!program[i].Value.StartsWith("-", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>sleep …</c>, <c>tail -f /dev/null</c>.</summary>
    private static bool IsKeepAlive(string name, IReadOnlyList<LogicalWord> program)
        => name == "sleep"
        || (name == "tail" && program.Count > 2 && program[program.Count - 1].Value == "/dev/null" && (ShellWords.Contains(program, "-f") || ShellWords.Contains(program, "-F")));
}
