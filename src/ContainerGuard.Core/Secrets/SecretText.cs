using System;
using ContainerGuard.Text;

namespace ContainerGuard.Secrets;

/// <summary>
/// The character classes, bounded runs and base64 decoding every secret format is read with. Scans never look
/// further than <see cref="MaxForwardScan"/> characters from where they start, so detection stays linear.
/// </summary>
internal static class SecretText
{
    public const int MaxForwardScan = 4096;
    public const int MaxPemScan = 16384;
    public const int MaxKeyLookBack = 48;

    public static bool DecodesToUserAndPassword(string s, int start, int length)
    {
        int colon = -1;
        int count = 0;
        bool ok = true;
        DecodeBase64(s, start, length, b =>
        {
            if (b < 0x20 || b > 0x7e)
            {
                ok = false;
            }
            else if (b == ':' && colon < 0)
            {
                colon = count;
            }

            count++;
        });
        return ok && colon > 0 && count - colon - 1 > 0;
    }

    public static bool Base64Contains(string s, int start, int length, string needle)
    {
        int matched = 0;
        bool found = false;
        DecodeBase64(s, start, length, b =>
        {
            if (found)
            {
                return;
            }

            matched = b == needle[matched] ? matched + 1 : (b == needle[0] ? 1 : 0);
            found = matched == needle.Length;
        });
        return found;
    }

    /// <summary>Streams the bytes of standard or URL-safe base64 to <paramref name="sink"/> without allocating a buffer.</summary>
    public static void DecodeBase64(string s, int start, int length, Action<int> sink)
    {
        int buffer = 0;
        int bits = 0;
        for (int k = start; k < start + length && k < start + MaxForwardScan; k++)
        {
            int v = Base64Value(s[k]);
            if (v < 0)
            {
                break;
            }

            buffer = (buffer << 6) | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                sink((buffer >> bits) & 0xff);
            }
        }
    }

    private static int Base64Value(char c)
    {
        if (c >= 'A' && c <= 'Z')
        {
            return c - 'A';
        }

        if (c >= 'a' && c <= 'z')
        {
            return c - 'a' + 26;
        }

        if (c >= '0' && c <= '9')
        {
            return c - '0' + 52;
        }

        return c == '+' || c == '-' ? 62 : c == '/' || c == '_' ? 63 : -1;
    }

    public static int Run(string s, int start, Func<char, bool> predicate)
    {
        int limit = Math.Min(s.Length, start + MaxForwardScan);
        int k = start;
        while (k < limit && predicate(s[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>A body made of one repeated filler character (<c>xxxx</c>, <c>****</c>, <c>0000</c>) is a documentation placeholder.</summary>
    public static bool IsFiller(string s, int start, int length)
    {
        if (length == 0)
        {
            return true;
        }

        char first = s[start];
        if (first != 'x' && first != 'X' && first != '*' && first != '0' && first != '.' && first != '#')
        {
            return false;
        }

        for (int k = start + 1; k < start + length; k++)
        {
            if (s[k] != first)
            {
                return false;
            }
        }

        return true;
    }

    public static bool HasDigit(string s, int start, int length)
    {
        for (int k = start; k < start + length; k++)
        {
            if (IsDigit(s[k]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLetter(string s, int start, int length)
    {
        for (int k = start; k < start + length; k++)
        {
            if (IsLetter(s[k]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool At(string s, int i, string prefix)
        => i >= 0 && i + prefix.Length <= s.Length && string.CompareOrdinal(s, i, prefix, 0, prefix.Length) == 0;

    public static bool AtIgnoreCase(string s, int i, string prefix) => AsciiCase.StartsWithAt(s, i, prefix);

    public static bool BoundaryBefore(string s, int i) => i == 0 || !IsWordChar(s[i - 1]);

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    public static bool IsAlphaNumeric(char c) => IsLetter(c) || IsDigit(c);

    public static bool IsWordChar(char c) => IsAlphaNumeric(c) || c == '_';

    public static bool IsTokenChar(char c) => IsWordChar(c) || c == '-';

    public static bool IsSlackChar(char c) => IsAlphaNumeric(c) || c == '-';

    public static bool IsUrlSafeBase64(char c) => IsWordChar(c) || c == '-';

    public static bool IsBase64(char c) => IsAlphaNumeric(c) || c == '+' || c == '/';

    public static bool IsClientSecretChar(char c) => IsWordChar(c) || c == '-' || c == '.' || c == '~';

    public static bool IsSchemeChar(char c) => IsAlphaNumeric(c) || c == '+' || c == '.' || c == '-';

    public static bool IsKeyChar(char c) => IsWordChar(c) || c == '-' || c == '.';
}
