using System;
using System.Collections.Generic;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>
/// A shell script split into simple commands: enough of POSIX sh to see which program runs with which
/// arguments, what feeds a pipe, and where each word stands in the file. Not an interpreter.
/// </summary>
public sealed class ShellScript
{
    internal ShellScript(LogicalText source, IReadOnlyList<ShellCommand> commands)
    {
        Source = source;
        Commands = commands;
    }

    public LogicalText Source { get; }

    /// <summary>
    /// Simple commands in order; subshells, <c>if</c>/<c>for</c>/<c>while</c>/<c>case</c> bodies and the
    /// commands inside <c>$(…)</c>, backticks and <c>&lt;(…)</c> included (an inner command comes before the
    /// command whose word contains it). Redirections (<c>&gt; file</c>, <c>2&gt;&amp;1</c>, <c>&lt;&lt;EOF</c>) are
    /// not words; heredoc bodies inside a script are skipped.
    /// </summary>
    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>
    /// True when the text could not be fully followed: an unterminated quote or substitution, a stray
    /// <c>)</c>, an unterminated heredoc, or nesting deeper than 64 levels (kept as opaque text).
    /// <see cref="Commands"/> still holds everything that was recognised.
    /// </summary>
    public bool IsIncomplete { get; internal set; }

    /// <summary>
    /// True when the text was read as Windows shell text (PowerShell or cmd): the file uses <c># escape=`</c>,
    /// the stage's image is a Windows image (<c>windows/servercore</c>, <c>nanoserver</c>…), or a
    /// <c>SHELL ["powershell"|"pwsh"|"cmd", …]</c> is in effect. Then <c>\</c> is an ordinary character and
    /// backticks do not start command substitution; the split into commands is approximate.
    /// </summary>
    public bool IsWindows { get; internal set; }
}

/// <summary>One simple command: leading <c>VAR=value</c> assignments, then the program and its arguments.</summary>
public sealed class ShellCommand
{
    internal ShellCommand(IReadOnlyList<LogicalWord> assignments, IReadOnlyList<LogicalWord> words, string followedBy)
    {
        Assignments = assignments;
        Words = words;
        FollowedBy = followedBy;
    }

    /// <summary><c>VAR=value</c> words before the program name.</summary>
    public IReadOnlyList<LogicalWord> Assignments { get; }

    /// <summary>Program and arguments, unquoted; empty for a bare assignment.</summary>
    public IReadOnlyList<LogicalWord> Words { get; }

    /// <summary>The operator after this command: <c>|</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>&amp;</c>, or empty at the end.</summary>
    public string FollowedBy { get; }

    /// <summary>True when this command's output is piped into the next command.</summary>
    public bool PipesIntoNext => FollowedBy == "|";

    /// <summary>The program's file name (<c>/usr/bin/curl</c> → <c>curl</c>), or empty.</summary>
    public string Name => Words.Count == 0 ? string.Empty : ProgramName(Words[0].Value);

    /// <summary>
    /// The program name of a command word: the part after the last <c>/</c> or <c>\</c>, without a Windows
    /// <c>.exe</c> (<c>C:\git\git.exe</c> → <c>git</c>). Unlike Path.GetFileName it never throws on odd
    /// characters (.NET Framework, where Visual Studio's MSBuild runs us, rejects <c>&lt;</c>, <c>|</c>, <c>"</c>).
    /// </summary>
    public static string ProgramName(string word)
    {
        int slash = Math.Max(word.LastIndexOf('/'), word.LastIndexOf('\\'));
        string name = slash < 0 ? word : word.Substring(slash + 1);
        return name.Length > 4 && name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
    }

    public IEnumerable<LogicalWord> Arguments
    {
        get
        {
            for (int i = 1; i < Words.Count; i++)
            {
                yield return Words[i];
            }
        }
    }

    public TextSpan Span => Words.Count == 0
        ? (Assignments.Count == 0 ? default : Assignments[0].Span)
        : TextSpan.FromBounds(Words[0].Span.Start, Math.Max(Words[0].Span.End, Words[Words.Count - 1].Span.End));

    public override string ToString() => string.Join(" ", Words);

    // The command seen through its wrappers, computed once for every rule that asks (EffectiveCommand.Of; a Memo slot).
    internal object? EffectiveCache;
}
