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

    /// <summary>
    /// The word's value — quotes and escapes removed as the shell removes them — with each character mapped to
    /// where it is written in the file, across line continuations and escapes: what <c>sh -c "…"</c> receives as
    /// its script, and where a part of a value stands. Null when the word was not read from the file (a word made
    /// up by a rule) or when this reading of its quoting does not give back <see cref="LogicalWord.Value"/>
    /// (Windows shell text, an unbalanced substitution): callers then fall back to the whole word.
    /// </summary>
    public static LogicalText? ValueText(LogicalWord word)
    {
        var source = word.RawSource;
        if (source is null)
        {
            return null;
        }

        string raw = word.Raw;
        int origin = word.RawStart;
        var builder = new LogicalText.Builder();
        void Add(int index) => builder.Append(raw[index], source.GetSourceOffset(origin + index));
        void AddRange(int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                Add(k);
            }
        }

        bool doubleQuoted = false;
        int i = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            char next = i + 1 < raw.Length ? raw[i + 1] : '\0';
            if (c == '\'' && !doubleQuoted)
            {
                int close = raw.IndexOf('\'', i + 1);
                close = close < 0 ? raw.Length : close;
                AddRange(i + 1, close);
                i = close + 1;
            }
            else if (c == '"')
            {
                doubleQuoted = !doubleQuoted;
                i++;
            }
            else if (c == '\\' && i + 1 < raw.Length)
            {
                if (next == '\n')
                {
                    i += 2;
                }
                else if (!doubleQuoted || next is '$' or '`' or '"' or '\\')
                {
                    Add(i + 1);
                    i += 2;
                }
                else
                {
                    Add(i);
                    i++;
                }
            }
            else if (c == '$' && next == '\'' && !doubleQuoted)
            {
                // $'…' (ANSI-C quoting): the content is kept with its escapes as written.
                i += 2;
                while (i < raw.Length && raw[i] != '\'')
                {
                    if (raw[i] == '\\' && i + 1 < raw.Length)
                    {
                        Add(i++);
                    }

                    Add(i++);
                }

                i++;
            }
            else if ((c == '$' && next is '(' or '{') || c == '`')
            {
                // Substitutions stay as written.
                int end = c == '`' ? ClosingBacktick(raw, i) : Balanced(raw, i + 1);
                AddRange(i, end);
                i = end;
            }
            else
            {
                Add(i);
                i++;
            }
        }

        if (builder.Length != word.Value.Length)
        {
            return null;
        }

        for (int k = 0; k < builder.Length; k++)
        {
            if (builder[k] != word.Value[k])
            {
                return null;
            }
        }

        return builder.ToLogicalText(word.Span.End);
    }

    /// <summary>Just past the bracket that closes the one at <paramref name="open"/> (escaped characters skipped), or the end.</summary>
    private static int Balanced(string text, int open)
    {
        char opening = text[open];
        char closing = opening == '(' ? ')' : '}';
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == opening)
            {
                depth++;
            }
            else if (c == closing && --depth == 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int ClosingBacktick(string text, int open)
    {
        int close = text.IndexOf('`', open + 1);
        return close < 0 ? text.Length : close + 1;
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
