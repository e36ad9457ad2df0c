using System;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

internal static class TextHelpers
{
    /// <summary>Go's <c>unicode.IsSpace</c> for the characters Dockerfiles use.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>BuildKit splits the keyword from its arguments on <c>[\t\v\f\r ]</c>.</summary>
    public static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    /// <summary>Where the keyword that starts at <paramref name="start"/> ends: the first blank before <paramref name="end"/>, or <paramref name="end"/>.</summary>
    public static int KeywordEnd(string s, int start, int end)
    {
        int i = start;
        while (i < end && !IsBlank(s[i]))
        {
            i++;
        }

        return i;
    }

    public static LogicalWord Word(LogicalText text, int start, int end, string value)
        => Word(text, start, end, text.Value.Substring(start, end - start), value);

    public static LogicalWord Word(LogicalText text, int start, int end)
    {
        string raw = text.Value.Substring(start, end - start);
        return Word(text, start, end, raw, raw);
    }

    /// <summary>A word whose raw text the caller already cut out (<paramref name="raw"/> is text[start..end)).</summary>
    public static LogicalWord Word(LogicalText text, int start, int end, string raw, string value)
        => new(value, raw, text.GetSourceSpan(start, end - start)) { RawSource = text, RawStart = start };

    /// <summary>The text with leading and trailing white space removed, still mapped to the file.</summary>
    public static LogicalText Trim(LogicalText text)
    {
        string value = text.Value;
        int start = 0;
        int end = value.Length;
        while (start < end && IsSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsSpace(value[end - 1]))
        {
            end--;
        }

        return start == 0 && end == value.Length ? text : text.Substring(start, end - start);
    }

    public static LogicalText TrimStart(LogicalText text)
    {
        string value = text.Value;
        int start = 0;
        while (start < value.Length && IsSpace(value[start]))
        {
            start++;
        }

        return start == 0 ? text : text.Substring(start, value.Length - start);
    }

    /// <summary>
    /// User text for an error message. Error messages end up in findings, logs and SARIF, and a line the
    /// parser cannot read may be a pasted credential: only short words of letters are shown as they are,
    /// anything else as its first three characters and its length (<c>ghp…(40 chars)</c>).
    /// </summary>
    public static string Show(string text)
    {
        if (text.Length <= 12)
        {
            bool plain = true;
            foreach (char c in text)
            {
                plain &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' || c == '.' || c == '`' || c == '\\';
            }

            if (plain)
            {
                return text;
            }
        }

        return text.Substring(0, Math.Min(3, text.Length)) + "\u2026(" + text.Length + " chars)";
    }

    public static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    public static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
