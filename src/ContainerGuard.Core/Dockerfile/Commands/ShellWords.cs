using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>What a shell word is: an assignment, a value with variables in it.</summary>
internal static class ShellWords
{
    /// <summary><c>NAME=value</c> with a valid variable name.</summary>
    public static bool IsAssignment(string word)
    {
        int eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        for (int i = 0; i < eq; i++)
        {
            char c = word[i];
            if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the value uses a variable (<c>$X</c>, <c>${X}</c>, <c>$(…)</c>): Docker or the shell fills it in.</summary>
    public static bool HasVariableReference(string value)
    {
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (value[i] == '$')
            {
                char next = value[i + 1];
                if (next == '{' || next == '(' || next == '_' || char.IsLetter(next))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="words"/> is exactly <paramref name="value"/>.</summary>
    public static bool Contains(IReadOnlyList<LogicalWord> words, string value)
    {
        foreach (var word in words)
        {
            if (word.Value == value)
            {
                return true;
            }
        }

        return false;
    }
}
