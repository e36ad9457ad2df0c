using System;
using System.Collections.Generic;
using ContainerGuard.Text;
using static ContainerGuard.Secrets.SecretMatchList;
using static ContainerGuard.Secrets.SecretText;

namespace ContainerGuard.Secrets;

/// <summary>
/// Family 3 of the detector, keys that name a secret: connection-string passwords and keys (<c>Password=</c>,
/// <c>AccountKey=</c>, <c>SharedAccessKey=</c>, <c>SharedAccessSignature=</c>), SAS <c>sig=</c> signatures and AWS secret
/// access keys. Anchored at the <c>=</c> or <c>:</c> after the key.
/// </summary>
internal static class KeyValueSecrets
{
    public enum KeyKind
    {
        None,
        Password,
        AccountKey,
        SharedAccessKey,
        SharedAccessSignature,
        Signature,
        AwsSecret,
    }

    /// <summary>
    /// What the key just before a '=' or ':' is, judged from its last characters only (constant work per
    /// separator: this runs for every '=' and ':' of every string).
    /// </summary>
    public static KeyKind KeyBefore(string s, int separator)
    {
        int j = separator - 1;
        while (j >= 0 && s[j] == ' ' && separator - j < 4)
        {
            j--;
        }

        if (j >= 0 && (s[j] == '"' || s[j] == '\''))
        {
            j--;
        }

        if (j < 2)
        {
            return KeyKind.None;
        }

        int keyEnd = j + 1;
        char last = (char)(s[j] | 0x20);
        if (s[separator] == '=')
        {
            switch (last)
            {
                case 'd':
                    return KeyIs(s, keyEnd, "password") || KeyIs(s, keyEnd, "pwd") ? KeyKind.Password : KeyKind.None;
                case 'g':
                    return KeyIs(s, keyEnd, "sig") && keyEnd - 3 > 0 && (s[keyEnd - 4] == '?' || s[keyEnd - 4] == '&') ? KeyKind.Signature : KeyKind.None;
                case 'e':
                    return KeyIs(s, keyEnd, "sharedaccesssignature") ? KeyKind.SharedAccessSignature : KeyKind.None;
                case 'y':
                    if (KeyIs(s, keyEnd, "accountkey"))
                    {
                        return KeyKind.AccountKey;
                    }

                    if (KeyIs(s, keyEnd, "sharedaccesskey"))
                    {
                        return KeyKind.SharedAccessKey;
                    }

                    break;
                default:
                    return KeyKind.None;
            }
        }

        if (last != 'y')
        {
            return KeyKind.None;
        }

        return EndsAt(s, keyEnd, "secret_access_key") || EndsAt(s, keyEnd, "secretaccesskey") || EndsAt(s, keyEnd, "aws_secret_key")
            ? KeyKind.AwsSecret
            : KeyKind.None;
    }

    /// <summary>The key ending at <paramref name="keyEnd"/> is exactly <paramref name="key"/> (case-insensitive).</summary>
    private static bool KeyIs(string s, int keyEnd, string key)
    {
        int start = keyEnd - key.Length;
        return start >= 0 && (start == 0 || !IsKeyChar(s[start - 1])) && string.Compare(s, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static bool EndsAt(string s, int end, string suffix)
    {
        int start = end - suffix.Length;
        return start >= 0 && string.Compare(s, start, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>At a <c>=</c> or <c>:</c> after a key that names a secret: the value, read as that key requires.</summary>
    public static int MatchKeyValue(string s, int separator, ref List<SecretMatch>? matches)
    {
        var kind = KeyBefore(s, separator);
        int keyEnd = separator;
        while (keyEnd > 0 && (s[keyEnd - 1] == ' ' || s[keyEnd - 1] == '"' || s[keyEnd - 1] == '\''))
        {
            keyEnd--;
        }

        int keyStart = keyEnd;
        while (keyStart > 0 && keyEnd - keyStart < MaxKeyLookBack && IsKeyChar(s[keyStart - 1]))
        {
            keyStart--;
        }

        switch (kind)
        {
            case KeyKind.Signature:
                return MatchSignature(s, separator, ref matches);
            case KeyKind.AwsSecret:
                return MatchAwsSecret(s, separator, ref matches);
            case KeyKind.Password:
            case KeyKind.AccountKey:
            case KeyKind.SharedAccessKey:
            case KeyKind.SharedAccessSignature:
                return MatchConnectionStringValue(s, keyStart, separator, kind, ref matches);
            default:
                return separator + 1;
        }
    }

    private static int MatchConnectionStringValue(string s, int keyStart, int equals, KeyKind kind, ref List<SecretMatch>? matches)
    {
        // The key must start a connection-string pair: after ';' (spaces allowed), or at the start of the text when a ';' ends the value.
        int b = keyStart - 1;
        while (b >= 0 && s[b] == ' ')
        {
            b--;
        }

        bool afterSemicolon = b >= 0 && s[b] == ';';
        bool atStart = b < 0 || s[b] == '"' || s[b] == '\'' || s[b] == '`' || char.IsWhiteSpace(s[b]);
        if (!afterSemicolon && !atStart)
        {
            return equals + 1;
        }

        int start = equals + 1;
        while (start < s.Length && s[start] == ' ')
        {
            start++;
        }

        int end;
        int resume;
        if (start < s.Length && (s[start] == '{' || s[start] == '"' || s[start] == '\''))
        {
            char close = s[start] == '{' ? '}' : s[start];
            start++;
            end = s.IndexOf(close, start, Math.Min(256, s.Length - start));
            if (end < 0)
            {
                return equals + 1;
            }

            resume = end + 1;
        }
        else
        {
            end = start;
            int limit = Math.Min(s.Length, start + MaxForwardScan);
            // Inside a pair list the value runs to ';'; a pair at the start of free text also stops at white space.
            while (end < limit && s[end] != ';' && s[end] != '"' && s[end] != '\'' && s[end] != '\r' && s[end] != '\n' && (afterSemicolon || !char.IsWhiteSpace(s[end])))
            {
                end++;
            }

            resume = end;
        }

        bool endsAtSemicolon = resume < s.Length && s[resume] == ';';
        if (!afterSemicolon && !endsAtSemicolon)
        {
            return equals + 1;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        int length = end - start;
        if (length == 0)
        {
            return resume;
        }

        string value = s.Substring(start, length);
        bool braced = start > 0 && s[start - 1] == '{' && end < s.Length && s[end] == '}';
        if (SecretValueClassifier.IsReferenceOrPlaceholder(value) || (braced && SecretValueClassifier.IsReference("{" + value + "}")))
        {
            return resume;
        }

        switch (kind)
        {
            case KeyKind.Password:
                Add(ref matches, new SecretMatch(SecretKind.ConnectionStringPassword, start, length, SecretConfidence.High));
                break;
            case KeyKind.AccountKey:
                if (!string.Equals(value, PublicWellKnownValues.StorageEmulatorAccountKey, StringComparison.Ordinal))
                {
                    Add(ref matches, new SecretMatch(SecretKind.ConnectionStringAccountKey, start, length, SecretConfidence.High));
                }

                break;
            case KeyKind.SharedAccessKey:
                Add(ref matches, new SecretMatch(SecretKind.ConnectionStringSharedAccessKey, start, length, SecretConfidence.High));
                break;
            case KeyKind.SharedAccessSignature:
                // The sig= inside is reported on its own (the signature is the secret part).
                if (AsciiCase.IndexOf(value, "sig=") < 0)
                {
                    Add(ref matches, new SecretMatch(SecretKind.SharedAccessSignature, start, length, SecretConfidence.High));
                }

                return equals + 1;
        }

        return resume;
    }

    private static int MatchSignature(string s, int equals, ref List<SecretMatch>? matches)
    {
        int start = equals + 1;
        int end = Run(s, start, c => IsBase64(c) || c == '%' || c == '=' || c == '-' || c == '_');
        int length = end - start;
        if (length < 20 || length > MaxForwardScan || IsFiller(s, start, length))
        {
            return equals + 1;
        }

        // Another SAS parameter must be present: sv= (service SAS), se=/sr=/skn= (Service Bus tokens).
        if (!HasSasParameter(s))
        {
            return end;
        }

        Add(ref matches, new SecretMatch(SecretKind.SharedAccessSignature, start, length, SecretConfidence.High));
        return end;
    }

    private static readonly string[] SasParameters = { "sv=", "se=", "sr=", "skn=", "sp=" };

    private static bool HasSasParameter(string s)
    {
        foreach (var p in SasParameters)
        {
            int k = s.IndexOf(p, StringComparison.Ordinal);
            if (k > 0 && (s[k - 1] == '?' || s[k - 1] == '&' || s[k - 1] == ' ' || s[k - 1] == '='))
            {
                return true;
            }
        }

        return false;
    }

    private static int MatchAwsSecret(string s, int separator, ref List<SecretMatch>? matches)
    {
        int start = separator + 1;
        while (start < s.Length && (s[start] == ' ' || s[start] == '"' || s[start] == '\''))
        {
            start++;
        }

        int end = Run(s, start, c => IsAlphaNumeric(c) || c == '/' || c == '+');
        if (end - start != 40 || (end < s.Length && (s[end] == '=' || IsWordChar(s[end]))) || IsFiller(s, start, 40) || !HasDigit(s, start, 40))
        {
            return separator + 1;
        }

        Add(ref matches, new SecretMatch(SecretKind.AwsSecretAccessKey, start, 40, SecretConfidence.High));
        return end;
    }
}
