using System;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Collections;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>
/// The simple commands an instruction runs: its shell scripts' commands (the parser already turns an exec form
/// <c>["sh", "-c", "…"]</c> into a script), a plain exec form as one command, and the commands of a shell-form
/// <c>sh -c "…"</c> / <c>bash -c '…'</c> argument after the command that holds it; and how they are piped.
/// </summary>
internal static class InstructionCommands
{
    /// <summary>
    /// The simple commands of an instruction: its shell scripts' commands (the parser already turns an exec
    /// form <c>["sh", "-c", "…"]</c> into a script), a plain exec form as one command, and the commands of a
    /// shell-form <c>sh -c "…"</c> / <c>bash -c '…'</c> argument after the command that holds it.
    /// </summary>
    public static IReadOnlyList<ShellCommand> Of(CommandInstruction instruction)
        => CommandsOf(instruction).Commands;

    /// <summary>The commands of each script separately (pipelines never cross scripts), nested <c>sh -c</c> scripts included.</summary>
    public static IReadOnlyList<IReadOnlyList<ShellCommand>> Lists(CommandInstruction instruction)
        => CommandsOf(instruction).Lists;

    /// <summary>All commands in the instruction's scripts that run (wrappers seen through).</summary>
    public static IReadOnlyList<EffectiveCommand> Effective(CommandInstruction instruction)
    {
        var cache = CommandsOf(instruction);
        if (cache.Effective is null)
        {
            var effective = new List<EffectiveCommand>(cache.Commands.Count);
            foreach (var command in cache.Commands)
            {
                if (EffectiveCommand.Of(command) is { } unwrapped)
                {
                    effective.Add(unwrapped);
                }
            }

            cache.Effective = effective;
        }

        return cache.Effective;
    }

    // Every RUN rule asks for the same instruction's commands; nested `sh -c` scripts are parsed once per
    // instruction, not once per rule. Kept on the instruction, so a document's cache goes with the document.
    private static CommandsCache CommandsOf(CommandInstruction instruction)
        => Memo.Get(ref instruction.CommandsCache, instruction, i => new CommandsCache(EnumerateCommandLists(i).ToList()))!;

    private sealed class CommandsCache
    {
        public CommandsCache(IReadOnlyList<IReadOnlyList<ShellCommand>> lists)
        {
            Lists = lists;
            if (lists.Count == 1)
            {
                Commands = lists[0];
                return;
            }

            var commands = new List<ShellCommand>();
            foreach (var list in lists)
            {
                commands.AddRange(list);
            }

            Commands = commands;
        }

        public IReadOnlyList<IReadOnlyList<ShellCommand>> Lists { get; }

        public IReadOnlyList<ShellCommand> Commands { get; }

        public List<EffectiveCommand>? Effective { get; set; }
    }

    private static IEnumerable<IReadOnlyList<ShellCommand>> EnumerateCommandLists(CommandInstruction instruction)
    {
        var pending = new Queue<(IReadOnlyList<ShellCommand> Commands, int Depth)>();
        foreach (var script in instruction.Scripts)
        {
            pending.Enqueue((script.Commands, 0));
        }

        if (pending.Count == 0 && instruction.IsJsonForm && instruction.JsonArguments.Count > 0)
        {
            pending.Enqueue((new[] { new ShellCommand(Array.Empty<LogicalWord>(), instruction.JsonArguments, string.Empty) }, 0));
        }

        while (pending.Count > 0)
        {
            var (commands, depth) = pending.Dequeue();
            yield return commands;
            if (depth >= MaxNestedScripts)
            {
                continue;
            }

            foreach (var command in commands)
            {
                if (NestedScript(command) is { } nested)
                {
                    pending.Enqueue((nested.Commands, depth + 1));
                }
            }
        }
    }

    private const int MaxNestedScripts = 4;

    /// <summary>
    /// <c>sh -c "script"</c> (also <c>bash -o pipefail -c '…'</c>, behind wrappers such as <c>sudo -u app</c>): the
    /// script argument parsed as shell, each character mapped to where it is written (quotes, escapes and line
    /// continuations of the outer word included, see <see cref="ShellWords.ValueText"/>). Null when the command runs
    /// no inline script or its argument cannot be followed.
    /// </summary>
    internal static ShellScript? NestedScript(ShellCommand command)
    {
        var effective = EffectiveCommand.Of(command);
        if (effective == null || !Interpreters.IsShell(effective.Name) || InlineScriptWord(effective.Arguments) is not { } word)
        {
            return null;
        }

        var script = ShellWords.ValueText(word);
        return script is null ? null : Parsing.ShellScriptParser.Parse(script, windows: false);
    }

    /// <summary>
    /// The script word of a shell's <c>-c</c> among its arguments (options such as <c>-e</c>, <c>-o pipefail</c>,
    /// <c>-ec</c> before it), or null when the shell runs no inline script.
    /// </summary>
    internal static LogicalWord? InlineScriptWord(IReadOnlyList<LogicalWord> arguments)
    {
        for (int i = 0; i + 1 < arguments.Count; i++)
        {
            string option = arguments[i].Value;
            if (option is "-o" or "+o")
            {
                // bash -o pipefail -c "…"
                i++;
                continue;
            }

            if (option.Length < 2 || option[0] is not ('-' or '+') || option[1] == '-')
            {
                return null;
            }

            if (option.IndexOf('c') >= 0)
            {
                return arguments[i + 1];
            }
        }

        return null;
    }

    /// <summary>
    /// The next command of the same pipeline after <paramref name="index"/>: the command that starts first after
    /// it ends. Commands nested in <c>$(…)</c> are listed before the command holding them, so the nearest
    /// start, not the next index, is the outer command. Looks a bounded distance ahead.
    /// </summary>
    public static int NextInPipeline(IReadOnlyList<ShellCommand> commands, int index)
    {
        var current = commands[index];
        if (!current.PipesIntoNext)
        {
            return -1;
        }

        int end = current.Span.End;
        int best = -1;
        int limit = Math.Min(commands.Count, index + 64);
        for (int j = index + 1; j < limit; j++)
        {
            var candidate = commands[j];
            if (candidate.Words.Count == 0 && candidate.Assignments.Count == 0)
            {
                continue;
            }

            int start = candidate.Span.Start;
            if (start >= end && (best < 0 || start < commands[best].Span.Start))
            {
                best = j;
            }
        }

        return best;
    }
}
