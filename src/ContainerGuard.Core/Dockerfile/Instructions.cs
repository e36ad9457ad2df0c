using System;
using System.Collections.Generic;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>One Dockerfile instruction, with the positions of its keyword, flags and arguments.</summary>
public class Instruction
{
    internal Instruction(string keyword, TextSpan keywordSpan)
    {
        Keyword = keyword;
        KeywordSpan = keywordSpan;
    }

    /// <summary>Upper-case keyword: <c>FROM</c>, <c>RUN</c>, …</summary>
    public string Keyword { get; }

    public TextSpan KeywordSpan { get; }

    /// <summary>From the keyword to the end of the instruction (heredoc bodies included).</summary>
    public TextSpan Span { get; internal set; }

    /// <summary>Leading <c>--name=value</c> options such as <c>--from=build</c> or <c>--mount=type=secret,id=x</c>.</summary>
    public IReadOnlyList<InstructionFlag> Flags { get; internal set; } = Array.Empty<InstructionFlag>();

    /// <summary>The arguments after the flags, continuations and comment lines removed.</summary>
    public LogicalText Arguments { get; internal set; } = LogicalText.Empty;

    /// <summary>True for the exec form <c>["a", "b"]</c>; then <see cref="JsonArguments"/> holds the elements.</summary>
    public bool IsJsonForm { get; internal set; }

    /// <remarks>Each element's <see cref="LogicalWord.Value"/> is the decoded string; its Raw and Span cover the JSON string as written, quotes included.</remarks>
    public IReadOnlyList<LogicalWord> JsonArguments { get; internal set; } = Array.Empty<LogicalWord>();

    /// <summary>Heredocs opened by this instruction (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, several allowed).</summary>
    public IReadOnlyList<Heredoc> Heredocs { get; internal set; } = Array.Empty<Heredoc>();

    /// <summary>Rule ids from <c># containerguard ignore=CG4001,CG4002</c> comment lines directly above.</summary>
    public IReadOnlyCollection<string> IgnoredRuleIds { get; internal set; } = Array.Empty<string>();

    /// <summary>The stage this instruction belongs to; null for <c>ARG</c>s before the first <c>FROM</c>.</summary>
    public DockerfileStage? Stage { get; internal set; }

    public InstructionFlag? FindFlag(string name)
    {
        foreach (var flag in Flags)
        {
            if (string.Equals(flag.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        return null;
    }

    public override string ToString() => Keyword + " " + Arguments.Value;
}

/// <summary>A <c>--name=value</c> option of an instruction.</summary>
public sealed class InstructionFlag
{
    internal InstructionFlag(string name, string? value, TextSpan span, TextSpan valueSpan)
    {
        Name = name;
        Value = value;
        Span = span;
        ValueSpan = valueSpan;
    }

    /// <summary>The name without dashes: <c>from</c>, <c>mount</c>, <c>chown</c>, <c>checksum</c>, <c>platform</c>.</summary>
    public string Name { get; }

    /// <summary>The unquoted value, or null for a bare flag such as <c>--link</c>.</summary>
    public string? Value { get; }

    public TextSpan Span { get; }

    public TextSpan ValueSpan { get; }
}

/// <summary>A heredoc body: <c>RUN &lt;&lt;EOF</c> … <c>EOF</c>.</summary>
public sealed class Heredoc
{
    internal Heredoc(string delimiter, bool stripTabs, bool quoted, LogicalText content, TextSpan span)
    {
        Delimiter = delimiter;
        StripTabs = stripTabs;
        Quoted = quoted;
        Content = content;
        Span = span;
    }

    public string Delimiter { get; }

    /// <summary><c>&lt;&lt;-EOF</c>: leading tabs are removed from each line.</summary>
    public bool StripTabs { get; }

    /// <summary><c>&lt;&lt;"EOF"</c> or <c>&lt;&lt;'EOF'</c>: no expansion inside.</summary>
    public bool Quoted { get; }

    /// <summary>The body lines (without the terminating delimiter line), mapped to the file.</summary>
    public LogicalText Content { get; }

    /// <summary>The opening <c>&lt;&lt;EOF</c> word.</summary>
    public TextSpan Span { get; }

    /// <summary>
    /// True when a shell runs this body as a script (<c>RUN &lt;&lt;EOF</c>, <c>RUN bash &lt;&lt;EOF</c>): it is then
    /// also in <see cref="CommandInstruction.Scripts"/>. False for data (<c>COPY</c>, <c>RUN python3 &lt;&lt;EOF</c>,
    /// <c>RUN cat &lt;&lt;EOF &gt; file</c>).
    /// </summary>
    public bool IsShellScript { get; internal set; }

    /// <summary>File offset just past the terminator line (the end of the file when unterminated).</summary>
    internal int End { get; set; }
}

/// <summary><c>FROM [--platform=…] image [AS name]</c>.</summary>
public sealed class FromInstruction : Instruction
{
    internal FromInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    /// <summary>The image word (Raw as written, may contain <c>${VAR}</c>; Value with quotes removed).</summary>
    public LogicalWord? Image { get; internal set; }

    /// <summary>The image after expanding global ARG defaults, or null when a variable has no default.</summary>
    public string? ResolvedImage { get; internal set; }

    public LogicalWord? StageName { get; internal set; }
}

/// <summary><c>ARG name[=default] …</c>.</summary>
public sealed class ArgInstruction : Instruction
{
    internal ArgInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    public IReadOnlyList<KeyValueArgument> Declarations { get; internal set; } = Array.Empty<KeyValueArgument>();
}

/// <summary><c>ENV key=value …</c> or the legacy <c>ENV key value</c>; also used for <c>LABEL</c>.</summary>
public sealed class KeyValueInstruction : Instruction
{
    internal KeyValueInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    public IReadOnlyList<KeyValueArgument> Pairs { get; internal set; } = Array.Empty<KeyValueArgument>();
}

/// <summary>A <c>key=value</c> of ENV, ARG or LABEL, with both positions.</summary>
public sealed class KeyValueArgument
{
    internal KeyValueArgument(LogicalWord key, LogicalWord? value)
    {
        Key = key;
        Value = value;
    }

    public LogicalWord Key { get; }

    /// <summary>The value (unquoted, not expanded), or null for <c>ARG name</c> without a default.</summary>
    /// <remarks>
    /// <see cref="LogicalWord.Raw"/> and <see cref="LogicalWord.Span"/> cover the value as written, quotes
    /// included (<c>"two words"</c>); for <c>KEY=</c> the span is empty, just after the <c>=</c>. The key's
    /// Value is unquoted for LABEL (whose keys may be quoted) and as written for ENV and ARG.
    /// </remarks>
    public LogicalWord? Value { get; }
}

/// <summary>
/// <c>RUN</c>, <c>CMD</c>, <c>ENTRYPOINT</c>, <c>SHELL</c> and <c>HEALTHCHECK</c>: instructions that run commands.
/// Shell forms and heredoc bodies are split into shell commands.
/// </summary>
public sealed class CommandInstruction : Instruction
{
    internal CommandInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    /// <summary>
    /// The shell scripts this instruction runs: the shell form (when it has commands), the script argument of
    /// an exec form <c>["sh", "-c", "…"]</c>, and each RUN heredoc body that a shell runs (<c>RUN &lt;&lt;EOF</c>
    /// without a non-shell <c>#!</c>, <c>RUN bash &lt;&lt;EOF</c>; not <c>RUN python3 &lt;&lt;EOF</c>).
    /// </summary>
    public IReadOnlyList<ShellScript> Scripts { get; internal set; } = Array.Empty<ShellScript>();

    /// <summary>The shell form as a script (also when it has no commands), or null for the exec form.</summary>
    public ShellScript? ShellForm { get; internal set; }

    // The instruction's command lists (nested sh -c scripts included), computed once for every rule that asks
    // (InstructionCommands.Of). A document is linted on one thread.
    internal object? CommandsCache;
}

/// <summary><c>COPY</c> and <c>ADD</c>.</summary>
public sealed class CopyInstruction : Instruction
{
    internal CopyInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    /// <remarks>Shell form: white-space separated as BuildKit does, quotes removed from values; a heredoc source is the word <c>&lt;&lt;EOF</c> (its body is in <see cref="Instruction.Heredocs"/>).</remarks>
    public IReadOnlyList<LogicalWord> Sources { get; internal set; } = Array.Empty<LogicalWord>();

    public LogicalWord? Destination { get; internal set; }
}

/// <summary><c>ONBUILD &lt;instruction&gt;</c>: the trigger is parsed as an instruction of its own.</summary>
public sealed class OnBuildInstruction : Instruction
{
    internal OnBuildInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    public Instruction? Trigger { get; internal set; }
}

/// <summary>
/// Any other instruction (<c>USER</c>, <c>EXPOSE</c>, <c>WORKDIR</c>, <c>VOLUME</c>, <c>STOPSIGNAL</c>,
/// <c>MAINTAINER</c>, unknown keywords): its arguments split into words.
/// </summary>
public sealed class WordsInstruction : Instruction
{
    internal WordsInstruction(string keyword, TextSpan keywordSpan)
        : base(keyword, keywordSpan)
    {
    }

    /// <remarks>
    /// EXPOSE and VOLUME: split on white space (VOLUME's exec form gives its elements); the others: split on
    /// white space outside quotes, quotes removed from values (<c>WORKDIR "/my dir"</c> is one word).
    /// </remarks>
    public IReadOnlyList<LogicalWord> Words { get; internal set; } = Array.Empty<LogicalWord>();
}
