using System;
using System.Collections.Generic;
using ContainerGuard.Dockerfile.Parsing;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>
/// The <c>ARG</c> and <c>ENV</c> variables visible at one point of a Dockerfile, and the expansion of words
/// with them as BuildKit does it (<c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>,
/// <c>${VAR:+alt}</c>, <c>${VAR+alt}</c>, <c>${VAR#prefix}</c>, <c>${VAR%suffix}</c>, <c>${VAR/a/b}</c>; quotes
/// and escapes removed).
/// </summary>
/// <remarks>
/// <para>Get one with <see cref="Global"/> (what <c>FROM</c> sees: the <c>ARG</c>s before the first
/// <c>FROM</c>, with their defaults) or <see cref="At"/> / <see cref="DockerfileDocument.ScopeAt"/> (what an
/// instruction's arguments see inside its stage).</para>
/// <para>Values are what the file itself says: an <c>ARG</c> default is assumed (a <c>--build-arg</c> may
/// change it), an <c>ARG</c> without default has an unknown value, <c>ENV</c> overrides <c>ARG</c>, an
/// <c>ARG</c> redeclared without default in a stage takes the global default, and a stage built
/// <c>FROM</c> an earlier stage inherits that stage's <c>ENV</c> (not its <c>ARG</c>s).</para>
/// <para><see cref="Expand(string)"/> returns null rather than guess: when a word uses a variable whose value
/// is unknown, and, inside a stage, a variable the file never declares (the base image may set it, e.g.
/// <c>APP_UID</c> in .NET images). In the global scope an undeclared variable is empty, as Docker does.
/// The automatic platform arguments (<c>TARGETPLATFORM</c>, <c>TARGETARCH</c>, <c>BUILDPLATFORM</c>, …) are
/// always unknown.</para>
/// </remarks>
public sealed class VariableScope
{
    /// <summary>Arguments BuildKit defines for every build; their values depend on the build machine.</summary>
    public static readonly IReadOnlyList<string> AutomaticPlatformArgs = new[]
    {
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    };

    private readonly Dictionary<string, string?> _variables;
    private readonly char _escape;
    private readonly bool _undeclaredIsEmpty;

    private VariableScope(Dictionary<string, string?> variables, char escape, bool undeclaredIsEmpty)
    {
        _variables = variables;
        _escape = escape;
        _undeclaredIsEmpty = undeclaredIsEmpty;
    }

    /// <summary>Every declared name and its value (null: declared, value unknown).</summary>
    public IReadOnlyDictionary<string, string?> Variables => _variables;

    public bool IsDeclared(string name) => _variables.ContainsKey(name);

    /// <summary>True when <paramref name="name"/> is declared; <paramref name="value"/> is null when unknown.</summary>
    public bool TryGetValue(string name, out string? value) => _variables.TryGetValue(name, out value);

    /// <summary>
    /// Expands text as written in the Dockerfile (quotes and escapes are removed as BuildKit does).
    /// Null when the result depends on a value this scope does not know.
    /// </summary>
    public string? Expand(string text) => VariableExpander.Expand(text ?? string.Empty, _escape, Lookup);

    /// <summary>Expands <see cref="LogicalWord.Raw"/> (the word as written).</summary>
    public string? Expand(LogicalWord word) => Expand(word.Raw);

    private VariableState Lookup(string name, out string? value)
    {
        if (_variables.TryGetValue(name, out value))
        {
            return value == null ? VariableState.Unknown : VariableState.Known;
        }

        value = null;
        return _undeclaredIsEmpty ? VariableState.Unset : VariableState.Unknown;
    }

    /// <summary>The scope of <c>FROM</c> lines: every <c>ARG</c> before the first <c>FROM</c>.</summary>
    public static VariableScope Global(DockerfileDocument document) => GlobalUpTo(document, null);

    /// <summary>The variables an instruction's arguments see (those set by earlier instructions of its stage).</summary>
    public static VariableScope At(DockerfileDocument document, Instruction instruction)
    {
        if (document == null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (instruction == null)
        {
            throw new ArgumentNullException(nameof(instruction));
        }

        var stage = instruction.Stage;
        if (stage == null || instruction is FromInstruction)
        {
            return GlobalUpTo(document, instruction);
        }

        var global = Global(document);

        // ENV is inherited along the FROM <stage> chain: evaluate the chain from its root.
        var chain = new List<DockerfileStage>();
        for (var s = stage; s != null && chain.Count <= document.Stages.Count; s = s.BaseStage)
        {
            chain.Add(s);
        }

        var inherited = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = chain.Count - 1; i >= 1; i--)
        {
            var (vars, envNames) = Evaluate(document, chain[i], inherited, global, null);
            var next = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in envNames)
            {
                next[name] = vars[name];
            }

            inherited = next;
        }

        var (variables, _) = Evaluate(document, stage, inherited, global, instruction);
        return new VariableScope(variables, document.EscapeChar, undeclaredIsEmpty: false);
    }

    private static (Dictionary<string, string?> Variables, HashSet<string> EnvNames) Evaluate(
        DockerfileDocument document, DockerfileStage stage, Dictionary<string, string?> inherited, VariableScope global, Instruction? stopAt)
    {
        var vars = new Dictionary<string, string?>(inherited, StringComparer.Ordinal);
        var envNames = new HashSet<string>(inherited.Keys, StringComparer.Ordinal);
        foreach (var instruction in stage.Instructions)
        {
            if (ReferenceEquals(instruction, stopAt))
            {
                break;
            }

            if (instruction is ArgInstruction arg)
            {
                foreach (var declaration in arg.Declarations)
                {
                    string name = declaration.Key.Value;
                    if (envNames.Contains(name))
                    {
                        continue; // ENV wins over ARG
                    }

                    string? value;
                    if (declaration.Value != null)
                    {
                        value = new VariableScope(vars, document.EscapeChar, false).Expand(declaration.Value.Raw);
                    }
                    else
                    {
                        global.TryGetValue(name, out value);
                    }

                    vars[name] = value;
                }
            }
            else if (instruction is KeyValueInstruction { Keyword: "ENV" } env)
            {
                var before = new VariableScope(new Dictionary<string, string?>(vars, StringComparer.Ordinal), document.EscapeChar, false);
                foreach (var pair in env.Pairs)
                {
                    string name = pair.Key.Value;
                    vars[name] = pair.Value == null ? string.Empty : before.Expand(pair.Value.Raw);
                    envNames.Add(name);
                }
            }
        }

        return (vars, envNames);
    }

    private static VariableScope GlobalUpTo(DockerfileDocument document, Instruction? stopAt)
    {
        var vars = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in AutomaticPlatformArgs)
        {
            vars[name] = null;
        }

        var automatic = new HashSet<string>(AutomaticPlatformArgs, StringComparer.Ordinal);
        foreach (var instruction in document.Instructions)
        {
            if (instruction is FromInstruction || ReferenceEquals(instruction, stopAt))
            {
                break;
            }

            if (instruction is ArgInstruction arg)
            {
                foreach (var declaration in arg.Declarations)
                {
                    string name = declaration.Key.Value;
                    if (automatic.Contains(name))
                    {
                        continue;
                    }

                    vars[name] = declaration.Value == null
                        ? null
                        : new VariableScope(vars, document.EscapeChar, true).Expand(declaration.Value.Raw);
                }
            }
        }

        return new VariableScope(vars, document.EscapeChar, undeclaredIsEmpty: true);
    }
}
