using System.Collections.Generic;
using System.Text;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

/// <summary>One string of an exec-form array, with the logical index of each decoded character.</summary>
internal sealed class JsonStringElement
{
    public JsonStringElement(string value, int rawStart, int rawEnd, int[] charIndexes)
    {
        Value = value;
        RawStart = rawStart;
        RawEnd = rawEnd;
        CharIndexes = charIndexes;
    }

    public string Value { get; }

    /// <summary>Index of the opening quote.</summary>
    public int RawStart { get; }

    /// <summary>Index just past the closing quote.</summary>
    public int RawEnd { get; }

    public int[] CharIndexes { get; }
}

internal enum JsonFormKind
{
    /// <summary>Not valid JSON: BuildKit falls back to the shell form (not an error).</summary>
    NotJson,

    /// <summary>A JSON array of strings: the exec form.</summary>
    StringArray,

    /// <summary>Valid JSON array with something other than strings: BuildKit rejects the instruction.</summary>
    NonStringArray,
}

/// <summary>
/// Recognises the exec form <c>["a", "b"]</c> as Go's <c>json.Unmarshal</c> into <c>[]interface{}</c> does.
/// Iterative (nesting is tracked with a counter stack), so deep input cannot overflow.
/// </summary>
internal static class JsonForm
{
    public static JsonFormKind TryParse(string s, out List<JsonStringElement> elements)
    {
        elements = new List<JsonStringElement>();
        int pos = SkipWs(s, 0);
        if (pos >= s.Length || s[pos] != '[')
        {
            return JsonFormKind.NotJson;
        }

        bool allStrings = true;
        var stack = new Stack<char>(); // open containers: '[' or '{'
        stack.Push('[');
        pos++;
        // After an opening bracket we may see a close; expectValue says a value is required next.
        bool afterOpen = true;
        while (stack.Count > 0)
        {
            pos = SkipWs(s, pos);
            if (pos >= s.Length)
            {
                return JsonFormKind.NotJson;
            }

            char container = stack.Peek();
            if (afterOpen && s[pos] == (container == '[' ? ']' : '}'))
            {
                stack.Pop();
                pos++;
                afterOpen = false;
                if (!ReadSeparator(s, ref pos, stack, out afterOpen))
                {
                    return JsonFormKind.NotJson;
                }

                continue;
            }

            afterOpen = false;
            if (container == '{')
            {
                // key
                if (s[pos] != '"' || !ReadString(s, ref pos, null, null))
                {
                    return JsonFormKind.NotJson;
                }

                pos = SkipWs(s, pos);
                if (pos >= s.Length || s[pos] != ':')
                {
                    return JsonFormKind.NotJson;
                }

                pos = SkipWs(s, pos + 1);
                if (pos >= s.Length)
                {
                    return JsonFormKind.NotJson;
                }
            }

            // value
            char c = s[pos];
            bool topLevelElement = stack.Count == 1;
            if (c == '[' || c == '{')
            {
                if (topLevelElement)
                {
                    allStrings = false;
                }

                stack.Push(c);
                pos++;
                afterOpen = true;
                continue;
            }

            if (c == '"')
            {
                int start = pos;
                if (topLevelElement)
                {
                    var value = new StringBuilder();
                    var indexes = new List<int>();
                    if (!ReadString(s, ref pos, value, indexes))
                    {
                        return JsonFormKind.NotJson;
                    }

                    elements.Add(new JsonStringElement(value.ToString(), start, pos, indexes.ToArray()));
                }
                else if (!ReadString(s, ref pos, null, null))
                {
                    return JsonFormKind.NotJson;
                }
            }
            else if (!ReadScalar(s, ref pos))
            {
                return JsonFormKind.NotJson;
            }
            else if (topLevelElement)
            {
                allStrings = false;
            }

            if (!ReadSeparator(s, ref pos, stack, out afterOpen))
            {
                return JsonFormKind.NotJson;
            }
        }

        if (SkipWs(s, pos) != s.Length)
        {
            return JsonFormKind.NotJson;
        }

        return allStrings ? JsonFormKind.StringArray : JsonFormKind.NonStringArray;
    }

    // After a value: ',' (another value follows) or the closing bracket(s).
    private static bool ReadSeparator(string s, ref int pos, Stack<char> stack, out bool afterOpen)
    {
        afterOpen = false;
        while (stack.Count > 0)
        {
            pos = SkipWs(s, pos);
            if (pos >= s.Length)
            {
                return false;
            }

            char close = stack.Peek() == '[' ? ']' : '}';
            if (s[pos] == ',')
            {
                pos++;
                return true;
            }

            if (s[pos] != close)
            {
                return false;
            }

            stack.Pop();
            pos++;
        }

        return true;
    }

    private static int SkipWs(string s, int pos)
    {
        while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
        {
            pos++;
        }

        return pos;
    }

    private static bool ReadScalar(string s, ref int pos)
    {
        foreach (string literal in new[] { "true", "false", "null" })
        {
            if (string.CompareOrdinal(s, pos, literal, 0, literal.Length) == 0)
            {
                pos += literal.Length;
                return true;
            }
        }

        int start = pos;
        if (pos < s.Length && s[pos] == '-')
        {
            pos++;
        }

        if (pos >= s.Length || !char.IsDigit(s[pos]))
        {
            return false;
        }

        if (s[pos] == '0')
        {
            pos++;
        }
        else
        {
            while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
            {
                pos++;
            }
        }

        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            int digits = pos;
            while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
            {
                pos++;
            }

            if (pos == digits)
            {
                return false;
            }
        }

        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            pos++;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
            {
                pos++;
            }

            int digits = pos;
            while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
            {
                pos++;
            }

            if (pos == digits)
            {
                return false;
            }
        }

        return pos > start;
    }

    private static bool ReadString(string s, ref int pos, StringBuilder? value, List<int>? indexes)
    {
        pos++; // opening quote
        while (pos < s.Length)
        {
            char c = s[pos];
            if (c == '"')
            {
                pos++;
                return true;
            }

            if (c < 0x20)
            {
                return false;
            }

            if (c != '\\')
            {
                value?.Append(c);
                indexes?.Add(pos);
                pos++;
                continue;
            }

            if (pos + 1 >= s.Length)
            {
                return false;
            }

            int escapeStart = pos;
            char e = s[pos + 1];
            char decoded;
            switch (e)
            {
                case '"': decoded = '"'; break;
                case '\\': decoded = '\\'; break;
                case '/': decoded = '/'; break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                case 'u':
                    if (pos + 6 > s.Length || !TryHex(s, pos + 2, out int code))
                    {
                        return false;
                    }

                    decoded = (char)code;
                    pos += 4;
                    break;
                default:
                    return false;
            }

            pos += 2;
            value?.Append(decoded);
            indexes?.Add(escapeStart);
        }

        return false;
    }

    private static bool TryHex(string s, int start, out int code)
    {
        code = 0;
        for (int i = start; i < start + 4; i++)
        {
            char c = s[i];
            int digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
            if (digit < 0)
            {
                return false;
            }

            code = (code * 16) + digit;
        }

        return true;
    }

    /// <summary>The element as a word: value decoded, raw and span including the quotes.</summary>
    public static LogicalWord ToWord(LogicalText text, JsonStringElement element)
        => TextHelpers.Word(text, element.RawStart, element.RawEnd, element.Value);

    /// <summary>The element's decoded text, each character mapped to where it is written in the file.</summary>
    public static LogicalText ToLogicalText(LogicalText text, JsonStringElement element)
    {
        var offsets = new int[element.CharIndexes.Length];
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = text.GetSourceOffset(element.CharIndexes[i]);
        }

        return new LogicalText(element.Value, offsets, text.GetSourceOffset(element.RawEnd - 1));
    }
}
