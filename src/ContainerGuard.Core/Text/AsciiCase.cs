using System;

namespace ContainerGuard.Text;

/// <summary>
/// Case-insensitive search for the ASCII keywords the rules look for (<c>sslverify</c>, <c>APT::Install-Recommends</c>,
/// credential roots). Same answers as <see cref="StringComparison.OrdinalIgnoreCase"/> for ASCII keywords, except that
/// the two non-ASCII letters whose upper case is ASCII (dotless <c>ı</c>, long <c>ſ</c>) are not folded; several times
/// faster, because with invariant globalization (the CLI) the runtime's ignore-case search compares character by
/// character through Unicode casing. A keyword with non-ASCII characters falls back to the runtime.
/// </summary>
internal static class AsciiCase
{
    public static int IndexOf(string text, string value)
        => IndexOf(text, value, 0, text?.Length ?? 0);

    public static int IndexOf(string text, string value, int startIndex)
        => IndexOf(text, value, startIndex, (text?.Length ?? 0) - startIndex);

    public static int IndexOf(string text, string value, int startIndex, int count)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (startIndex < 0 || count < 0 || startIndex > text.Length - count)
        {
            throw new ArgumentOutOfRangeException(startIndex < 0 || startIndex > text.Length ? nameof(startIndex) : nameof(count));
        }

        if (!IsAscii(value))
        {
            return text.IndexOf(value, startIndex, count, StringComparison.OrdinalIgnoreCase);
        }

        if (value.Length == 0)
        {
            return startIndex;
        }

        char first = Lower(value[0]);
        char[] firsts = FirstChars[first];
        int last = startIndex + count - value.Length;
        for (int i = startIndex; i <= last; i++)
        {
            // The runtime's (vectorised) search finds the candidates: either case of the first character.
            i = text.IndexOfAny(firsts, i, last - i + 1);
            if (i < 0)
            {
                return -1;
            }

            if (StartsWithAt(text, i, value))
            {
                return i;
            }
        }

        return -1;
    }

    // For each ASCII character, the characters that match it ignoring case ('a' → 'a', 'A').
    private static readonly char[][] FirstChars = BuildFirstChars();

    private static char[][] BuildFirstChars()
    {
        var table = new char[128][];
        for (char c = '\0'; c < 128; c++)
        {
            char upper = c >= 'a' && c <= 'z' ? (char)(c - 0x20) : c;
            table[c] = upper == c ? new[] { c } : new[] { c, upper };
        }

        return table;
    }

    public static bool Contains(string text, string value) => IndexOf(text, value) >= 0;

    /// <summary>True when <paramref name="value"/> stands in <paramref name="text"/> at <paramref name="index"/>, ASCII letters compared without case.</summary>
    public static bool StartsWithAt(string text, int index, string value)
    {
        if (index < 0 || index > text.Length - value.Length)
        {
            return false;
        }

        for (int k = 0; k < value.Length; k++)
        {
            if (Lower(text[index + k]) != Lower(value[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    private static bool IsAscii(string value)
    {
        foreach (char c in value)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
