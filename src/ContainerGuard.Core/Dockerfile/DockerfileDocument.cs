using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>
/// A parsed Dockerfile. The parser never throws: what it cannot understand is in <see cref="Errors"/>
/// and everything else is still here, with exact file positions.
/// </summary>
public sealed class DockerfileDocument
{
    // PulledImages.All, computed once for every rule that asks (a document is linted on one thread).
    internal object? PulledImagesCache;

    internal DockerfileDocument(
        SourceText text,
        char escapeChar,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyList<DockerfileStage> stages,
        IReadOnlyList<ParseError> errors)
    {
        Text = text;
        EscapeChar = escapeChar;
        Directives = directives;
        Instructions = instructions;
        Stages = stages;
        Errors = errors;
    }

    public SourceText Text { get; }

    /// <summary><c>\</c> by default, <c>`</c> with <c># escape=`</c> (Windows images).</summary>
    public char EscapeChar { get; }

    public IReadOnlyList<ParserDirective> Directives { get; }

    /// <summary>Every instruction in file order, global <c>ARG</c>s before the first <c>FROM</c> included.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    public IReadOnlyList<DockerfileStage> Stages { get; }

    /// <summary><c>ARG</c> instructions before the first <c>FROM</c>: the only variables <c>FROM</c> can use.</summary>
    public IEnumerable<ArgInstruction> GlobalArgs => Instructions.TakeWhile(i => i is not FromInstruction).OfType<ArgInstruction>();

    public IReadOnlyList<ParseError> Errors { get; }

    /// <summary>The stage the image is built from by default (the last one), or null for a file with no FROM.</summary>
    public DockerfileStage? FinalStage => Stages.Count == 0 ? null : Stages[Stages.Count - 1];

    /// <summary>The ARG/ENV variables the arguments of <paramref name="instruction"/> see; see <see cref="VariableScope"/>.</summary>
    public VariableScope ScopeAt(Instruction instruction) => VariableScope.At(this, instruction);

    /// <summary>The variables <c>FROM</c> lines see: the global ARGs with their defaults.</summary>
    public VariableScope GlobalScope => VariableScope.Global(this);

    /// <summary>Cache of <see cref="VariableScope"/>'s per-instruction table (built on first use).</summary>
    internal object? ScopeTable { get; set; }

    public DockerfileStage? FindStage(string nameOrIndex)
    {
        foreach (var stage in Stages)
        {
            if (stage.Name != null && string.Equals(stage.Name, nameOrIndex, System.StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        return int.TryParse(nameOrIndex, out int index) && index >= 0 && index < Stages.Count ? Stages[index] : null;
    }
}

/// <summary>A parser directive such as <c># syntax=docker/dockerfile:1</c> or <c># escape=`</c>.</summary>
public sealed class ParserDirective
{
    internal ParserDirective(string name, string value, TextSpan span)
    {
        Name = name;
        Value = value;
        Span = span;
    }

    /// <summary>Lower-case name: <c>syntax</c>, <c>escape</c> or <c>check</c>.</summary>
    public string Name { get; }

    public string Value { get; }

    public TextSpan Span { get; }
}

/// <summary>Something the parser could not understand, with its position.</summary>
public sealed class ParseError
{
    internal ParseError(string message, TextSpan span)
    {
        Message = message;
        Span = span;
    }

    public string Message { get; }

    public TextSpan Span { get; }
}

/// <summary>One build stage: a <c>FROM</c> and the instructions up to the next one.</summary>
public sealed class DockerfileStage
{
    // PulledImages.FromImage for this stage, computed once (a document is linted on one thread).
    internal object? FromImageCache;

    // StartCommand.Classify for the chain ending in this stage, computed once.
    internal object? StartCache;

    private readonly List<Instruction> _instructions = new();

    internal DockerfileStage(int index, FromInstruction from)
    {
        Index = index;
        From = from;
        _instructions.Add(from);
    }

    public int Index { get; }

    /// <summary>The name after <c>AS</c>, if any.</summary>
    public string? Name => From.StageName?.Value;

    public FromInstruction From { get; }

    /// <summary>The instructions of this stage, its <c>FROM</c> first.</summary>
    public IReadOnlyList<Instruction> Instructions => _instructions;

    /// <summary>The earlier stage this one builds on (<c>FROM build AS final</c>), or null for an image.</summary>
    public DockerfileStage? BaseStage { get; internal set; }

    /// <summary>The image at the root of the stage chain (following <see cref="BaseStage"/>), after ARG expansion.</summary>
    public string? RootImage => BaseStage != null ? BaseStage.RootImage : From.ResolvedImage;

    public bool IsFinal { get; internal set; }

    internal void Add(Instruction instruction) => _instructions.Add(instruction);
}
