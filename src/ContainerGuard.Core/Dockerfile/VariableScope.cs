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
    public static VariableScope Global(DockerfileDocument document)
    {
        if (document == null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return Table(document).Global;
    }

    /// <summary>
    /// The variables an instruction's arguments see: for a global <c>ARG</c>, the ARGs before it; for
    /// <c>FROM</c>, the global scope; inside a stage, what the stage's earlier ARG/ENV set (and the ENV it
    /// inherits from a base stage); for an ONBUILD trigger, the scope of its ONBUILD.
    /// </summary>
    /// <remarks>Computed once per document (linear in the file), then a lookup.</remarks>
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

        var table = Table(document);
        table.EnsureStages(document);
        return table.Scopes.TryGetValue(instruction, out var scope) ? scope : table.Unknown;
    }

    private static ScopeTable Table(DockerfileDocument document)
    {
        var table = document.ScopeTable as ScopeTable;
        if (table == null)
        {
            table = new ScopeTable(document);
            document.ScopeTable = table;
        }

        return table;
    }

    /// <summary>
    /// Every instruction's scope, built in one pass. A scope object is shared until an ARG or ENV changes
    /// something (copy on write); past <see cref="MaxCopiedEntries"/> copied entries (a pathological file
    /// with hundreds of thousands of variables) later scopes know nothing, so expansion answers null.
    /// </summary>
    private static readonly HashSet<string> AutomaticPlatformArgSet = new(AutomaticPlatformArgs, StringComparer.Ordinal);

    private sealed class ScopeTable
    {
        private const int MaxCopiedEntries = 1_000_000;
        private int _copied;
        private bool _stagesBuilt;

        public ScopeTable(DockerfileDocument document)
        {
            char escape = document.EscapeChar;
            Unknown = new VariableScope(new Dictionary<string, string?>(StringComparer.Ordinal), escape, undeclaredIsEmpty: false);

            // Global ARGs: undeclared names are empty, automatic platform args unknown.
            var vars = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in AutomaticPlatformArgs)
            {
                vars[name] = null;
            }

            var automatic = AutomaticPlatformArgSet;
            var current = new VariableScope(vars, escape, undeclaredIsEmpty: true);
            foreach (var instruction in document.Instructions)
            {
                if (instruction is FromInstruction)
                {
                    break;
                }

                Scopes[instruction] = current;
                if (instruction is ArgInstruction arg && arg.Declarations.Count > 0)
                {
                    var next = Copy(current, undeclaredIsEmpty: true);
                    if (next == null)
                    {
                        current = Unknown;
                        continue;
                    }

                    foreach (var declaration in arg.Declarations)
                    {
                        string name = declaration.Key.Value;
                        if (!automatic.Contains(name))
                        {
                            next._variables[name] = declaration.Value == null ? null : next.Expand(declaration.Value.Raw);
                        }
                    }

                    current = next;
                }
            }

            Global = current;
        }

        /// <summary>
        /// The stages' scopes, built on the first question about an instruction (FROM lines, which the parser
        /// resolves for every file, need only the global scope).
        /// </summary>
        public void EnsureStages(DockerfileDocument document)
        {
            if (_stagesBuilt)
            {
                return;
            }

            _stagesBuilt = true;
            char escape = document.EscapeChar;

            // Stages: ENV carried along FROM <stage>, ARGs per stage.
            var endEnv = new Dictionary<DockerfileStage, Dictionary<string, string?>>();
            foreach (var stage in document.Stages)
            {
                Scopes[stage.From] = Global;
                var inherited = stage.BaseStage != null && endEnv.TryGetValue(stage.BaseStage, out var env)
                    ? env
                    : new Dictionary<string, string?>(StringComparer.Ordinal);
                var envNames = new HashSet<string>(inherited.Keys, StringComparer.Ordinal);
                var scope = new VariableScope(new Dictionary<string, string?>(inherited, StringComparer.Ordinal), escape, undeclaredIsEmpty: false);
                foreach (var instruction in stage.Instructions)
                {
                    if (instruction is FromInstruction)
                    {
                        continue;
                    }

                    Scopes[instruction] = scope;
                    if (instruction is OnBuildInstruction { Trigger: { } trigger })
                    {
                        Scopes[trigger] = scope;
                    }

                    scope = Apply(scope, instruction, envNames);
                }

                var end = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var name in envNames)
                {
                    if (scope._variables.TryGetValue(name, out var value))
                    {
                        end[name] = value;
                    }
                }

                endEnv[stage] = end;
            }
        }

        public Dictionary<Instruction, VariableScope> Scopes { get; } = new();

        public VariableScope Global { get; }

        public VariableScope Unknown { get; }

        private VariableScope Apply(VariableScope scope, Instruction instruction, HashSet<string> envNames)
        {
            if (instruction is ArgInstruction arg && arg.Declarations.Count > 0)
            {
                var next = Copy(scope, undeclaredIsEmpty: false);
                if (next == null)
                {
                    return Unknown;
                }

                foreach (var declaration in arg.Declarations)
                {
                    string name = declaration.Key.Value;
                    if (envNames.Contains(name))
                    {
                        continue; // ENV wins over ARG
                    }

                    string? value = null;
                    if (declaration.Value != null)
                    {
                        value = next.Expand(declaration.Value.Raw);
                    }
                    else
                    {
                        Global.TryGetValue(name, out value); // ARG NAME in a stage takes the global default
                    }

                    next._variables[name] = value;
                }

                return next;
            }

            if (instruction is KeyValueInstruction { Keyword: "ENV" } env && env.Pairs.Count > 0)
            {
                var next = Copy(scope, undeclaredIsEmpty: false);
                if (next == null)
                {
                    return Unknown;
                }

                // All values of one ENV see the variables as they were before it.
                foreach (var pair in env.Pairs)
                {
                    next._variables[pair.Key.Value] = pair.Value == null ? string.Empty : scope.Expand(pair.Value.Raw);
                    envNames.Add(pair.Key.Value);
                }

                return next;
            }

            return scope;
        }

        private VariableScope? Copy(VariableScope scope, bool undeclaredIsEmpty)
        {
            if (ReferenceEquals(scope, Unknown))
            {
                return null;
            }

            _copied += scope._variables.Count;
            if (_copied > MaxCopiedEntries)
            {
                return null;
            }

            return new VariableScope(new Dictionary<string, string?>(scope._variables, StringComparer.Ordinal), scope._escape, undeclaredIsEmpty);
        }
    }
}
