using System;
using System.Collections.Generic;
using System.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// The ARG and ENV values in scope at an instruction of a stage chain, and <c>$VAR</c> / <c>${VAR}</c> /
/// <c>${VAR:-default}</c> expansion with them. ARGs take their default (a stage <c>ARG X</c> without one takes
/// the global default). A value we cannot know is null, and expanding it fails: rules then stay silent.
/// </summary>
internal static class DockerfileVariables
{
    public static Dictionary<string, string?> InScope(DockerfileDocument document, IReadOnlyList<DockerfileStage> chain, Instruction target)
    {
        var globals = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var arg in document.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                globals[declaration.Key.Value] = declaration.Value == null ? null : Expand(declaration.Value.Value, globals);
            }
        }

        var scope = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var stage in chain)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (ReferenceEquals(instruction, target))
                {
                    return scope;
                }

                if (instruction is ArgInstruction arg)
                {
                    foreach (var declaration in arg.Declarations)
                    {
                        string name = declaration.Key.Value;
                        scope[name] = declaration.Value != null
                            ? Expand(declaration.Value.Value, scope)
                            : globals.TryGetValue(name, out string? global) ? global : null;
                    }
                }
                else if (instruction is KeyValueInstruction { Keyword: "ENV" } env)
                {
                    foreach (var pair in env.Pairs)
                    {
                        scope[pair.Key.Value] = pair.Value == null ? null : Expand(pair.Value.Value, scope);
                    }
                }
            }
        }

        return scope;
    }

    /// <summary>Expands variables; null when one is unknown or the syntax is not understood.</summary>
    public static string? Expand(string text, IReadOnlyDictionary<string, string?> scope)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '$' || i + 1 >= text.Length)
            {
                result.Append(c);
                i++;
                continue;
            }

            string name;
            string? op = null;
            string? word = null;
            if (text[i + 1] == '{')
            {
                int close = text.IndexOf('}', i + 2);
                if (close < 0)
                {
                    return null;
                }

                string inner = text.Substring(i + 2, close - i - 2);
                int nameEnd = 0;
                while (nameEnd < inner.Length && IsNameChar(inner[nameEnd]))
                {
                    nameEnd++;
                }

                name = inner.Substring(0, nameEnd);
                string rest = inner.Substring(nameEnd);
                if (rest.Length > 0)
                {
                    op = rest.StartsWith(":-", StringComparison.Ordinal) || rest.StartsWith(":+", StringComparison.Ordinal) ? rest.Substring(0, 2)
                        : rest[0] == '-' || rest[0] == '+' ? rest.Substring(0, 1)
                        : null;
                    if (op == null)
                    {
                        return null;
                    }

                    word = rest.Substring(op.Length);
                }

                i = close + 1;
            }
            else
            {
                int start = i + 1;
                int end = start;
                while (end < text.Length && IsNameChar(text[end]))
                {
                    end++;
                }

                if (end == start)
                {
                    result.Append(c);
                    i++;
                    continue;
                }

                name = text.Substring(start, end - start);
                i = end;
            }

            if (name.Length == 0)
            {
                return null;
            }

            bool known = scope.TryGetValue(name, out string? value) && value != null;
            switch (op)
            {
                case null:
                    if (!known)
                    {
                        return null;
                    }

                    result.Append(value);
                    break;
                case ":-":
                case "-":
                    result.Append(known && (op == "-" || value!.Length > 0) ? value : word);
                    break;
                default: // ":+" and "+"
                    if (!known && scope.ContainsKey(name))
                    {
                        return null;
                    }

                    result.Append(known && (op == "+" || value!.Length > 0) ? word : string.Empty);
                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsNameChar(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
