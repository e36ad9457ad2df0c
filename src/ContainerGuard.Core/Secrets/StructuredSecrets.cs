using System;
using System.Collections.Generic;
using static ContainerGuard.Secrets.SecretMatchList;
using static ContainerGuard.Secrets.SecretText;

namespace ContainerGuard.Secrets;

/// <summary>
/// Family 2 of the detector, formats with a structure rather than a fixed prefix: JSON web tokens, PEM private keys,
/// credentials in URLs, Basic and Bearer authorization values, and the shapes of Entra ID client secrets and storage
/// account keys. Each matcher starts at its anchor (see <see cref="SecretAnchors"/>) and returns where the scan goes on.
/// </summary>
internal static class StructuredSecrets
{
    /// <summary><c>eyJ…</c>: three base64url parts, the header decoding to JSON with <c>"alg"</c>.</summary>
    public static int MatchJwt(string s, int i, ref List<SecretMatch>? matches)
    {
        if (i > 0 && (IsUrlSafeBase64(s[i - 1]) || s[i - 1] == '.'))
        {
            return i + 1;
        }

        int headerEnd = Run(s, i, IsUrlSafeBase64);
        if (headerEnd - i < 10 || headerEnd >= s.Length || s[headerEnd] != '.')
        {
            return Math.Max(i + 1, headerEnd);
        }

        int payloadStart = headerEnd + 1;
        int payloadEnd = Run(s, payloadStart, IsUrlSafeBase64);
        if (payloadEnd - payloadStart < 10 || !At(s, payloadStart, "eyJ") || payloadEnd >= s.Length || s[payloadEnd] != '.')
        {
            return Math.Max(i + 1, payloadEnd);
        }

        int signatureEnd = Run(s, payloadEnd + 1, IsUrlSafeBase64);
        if (signatureEnd - (payloadEnd + 1) < 16 || !Base64Contains(s, i, headerEnd - i, "\"alg\""))
        {
            return Math.Max(i + 1, signatureEnd);
        }

        Add(ref matches, new SecretMatch(SecretKind.JsonWebToken, i, signatureEnd - i, SecretConfidence.High));
        return signatureEnd;
    }

    /// <summary><c>-----BEGIN … PRIVATE KEY-----</c> and a base64 body (public keys and certificates are not secrets).</summary>
    public static int MatchPem(string s, int i, ref List<SecretMatch>? matches)
    {
        int headerStart = i + 11;
        int headerLimit = Math.Min(s.Length, headerStart + 64);
        int dashes = -1;
        for (int k = headerStart; k < headerLimit; k++)
        {
            if (s[k] == '-')
            {
                dashes = k;
                break;
            }
        }

        if (dashes < 0 || !At(s, dashes, "-----") || s.IndexOf("PRIVATE KEY", headerStart, dashes - headerStart, StringComparison.Ordinal) < 0)
        {
            return i + 1;
        }

        // The body runs to the next "-----" (the END line, or another BEGIN): body scans never overlap.
        int bodyStart = dashes + 5;
        int limit = Math.Min(s.Length, bodyStart + MaxPemScan);
        int base64 = 0;
        int k2 = bodyStart;
        for (; k2 < limit; k2++)
        {
            char c = s[k2];
            if (c == '-' && At(s, k2, "-----"))
            {
                break;
            }

            if (IsBase64(c))
            {
                base64++;
            }
        }

        if (base64 < 64)
        {
            return k2;
        }

        int end = k2;
        if (At(s, k2, "-----END"))
        {
            int from = k2 + 8;
            int close = s.IndexOf("-----", from, Math.Min(80, s.Length - from), StringComparison.Ordinal);
            end = close >= 0 ? close + 5 : k2;
        }

        Add(ref matches, new SecretMatch(SecretKind.PrivateKey, i, end - i, SecretConfidence.High));
        return end;
    }

    /// <summary><c>scheme://user:password@host</c> at the <c>:</c> of <c>://</c>: the password (or a token given as the user).</summary>
    public static int MatchUri(string s, int colon, ref List<SecretMatch>? matches)
    {
        // scheme: a letter, then letters, digits, + . -
        int schemeStart = colon;
        while (schemeStart > 0 && colon - schemeStart < 32 && IsSchemeChar(s[schemeStart - 1]))
        {
            schemeStart--;
        }

        if (colon - schemeStart < 2 || !IsLetter(s[schemeStart]))
        {
            return colon + 1;
        }

        int authorityStart = colon + 3;
        int limit = Math.Min(s.Length, authorityStart + MaxForwardScan);
        int at = -1;
        int k = authorityStart;
        for (; k < limit; k++)
        {
            char c = s[k];
            if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`' || char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == '@')
            {
                at = k;
            }
        }

        if (at < 0)
        {
            return colon + 1;
        }

        int userEnd = s.IndexOf(':', authorityStart, at - authorityStart);
        if (userEnd < 0)
        {
            return colon + 1;
        }

        int passStart = userEnd + 1;
        int passLength = at - passStart;
        if (passLength <= 0 || userEnd == authorityStart)
        {
            return colon + 1;
        }

        // https://TOKEN:x-oauth-basic@github.com: the token is in the user part.
        if (string.CompareOrdinal(s, passStart, "x-oauth-basic", 0, passLength) == 0 && passLength == 13)
        {
            if (!SecretValueClassifier.IsReferenceOrPlaceholder(s.Substring(authorityStart, userEnd - authorityStart)))
            {
                Add(ref matches, new SecretMatch(SecretKind.UriPassword, authorityStart, userEnd - authorityStart, SecretConfidence.High));
            }

            return at + 1;
        }

        if (SecretValueClassifier.IsReferenceOrPlaceholder(s.Substring(passStart, passLength)))
        {
            return at + 1;
        }

        Add(ref matches, new SecretMatch(SecretKind.UriPassword, passStart, passLength, SecretConfidence.High));
        return colon + 3;
    }

    /// <summary>The shape of an Entra ID client secret: 3 characters, a digit, <c>Q~</c>, 34 characters.</summary>
    public static int MatchAzureClientSecret(string s, int tilde, ref List<SecretMatch>? matches)
    {
        int start = tilde - 5;
        int end = tilde + 35;
        if (start < 0 || end > s.Length)
        {
            return tilde + 1;
        }

        for (int k = start; k < tilde - 2; k++)
        {
            if (!IsClientSecretChar(s[k]))
            {
                return tilde + 1;
            }
        }

        for (int k = tilde + 1; k < end; k++)
        {
            if (!IsClientSecretChar(s[k]))
            {
                return tilde + 1;
            }
        }

        if ((start > 0 && IsClientSecretChar(s[start - 1])) || (end < s.Length && IsClientSecretChar(s[end])) || IsFiller(s, tilde + 1, 34))
        {
            return tilde + 1;
        }

        Add(ref matches, new SecretMatch(SecretKind.AzureClientSecret, start, 40, SecretConfidence.Medium));
        return end;
    }

    /// <summary>86 base64 characters and <c>==</c> (at the first <c>=</c>): the shape of a storage account key.</summary>
    public static int MatchStorageKey(string s, int i, ref List<SecretMatch>? matches)
    {
        // i is the first '=' of the closing "=="; a storage key is 86 base64 characters and "==".
        int start = i - 86;
        int end = i + 2;
        if (start < 0 || (end < s.Length && (IsBase64(s[end]) || s[end] == '=')) || (start > 0 && (IsBase64(s[start - 1]) || s[start - 1] == '-')))
        {
            return i + 2;
        }

        bool upper = false, lower = false, digit = false;
        for (int k = start; k < i; k++)
        {
            char c = s[k];
            if (!IsBase64(c))
            {
                return i + 2;
            }

            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= IsDigit(c);
        }

        if (!(upper && lower && digit) || IsHashPrefixed(s, start) || string.CompareOrdinal(s, start, PublicWellKnownValues.StorageEmulatorAccountKey, 0, 88) == 0)
        {
            return i + 2;
        }

        Add(ref matches, new SecretMatch(SecretKind.StorageAccountKey, start, 88, SecretConfidence.Medium));
        return end;
    }

    private static bool IsHashPrefixed(string s, int start)
    {
        // sha512-<base64> (npm integrity), sha512:<base64>
        int k = start - 1;
        if (k < 0 || (s[k] != '-' && s[k] != ':' && s[k] != '='))
        {
            return false;
        }

        return k >= 6 && (AtIgnoreCase(s, k - 6, "sha512") || AtIgnoreCase(s, k - 6, "sha384") || AtIgnoreCase(s, k - 6, "sha256"));
    }

    /// <summary>
    /// Where the credential after an authorization scheme word (<c>Basic </c>, <c>Bearer </c>) at <paramref name="i"/>
    /// starts, spaces skipped; -1 when the scheme word ends a longer word (<c>NotBasic </c>).
    /// </summary>
    private static int CredentialAfterScheme(string s, int i, int schemeLength)
    {
        if (i > 0 && IsLetter(s[i - 1]))
        {
            return -1;
        }

        int start = i + schemeLength;
        while (start < s.Length && s[start] == ' ')
        {
            start++;
        }

        return start;
    }

    /// <summary><c>Basic &lt;base64&gt;</c> that decodes to <c>user:password</c>.</summary>
    public static int MatchBasic(string s, int i, ref List<SecretMatch>? matches)
    {
        int start = CredentialAfterScheme(s, i, "basic ".Length);
        if (start < 0)
        {
            return i + 1;
        }

        int end = Run(s, start, c => IsBase64(c) || c == '=');
        int length = end - start;
        if (length < 8 || length > MaxForwardScan || (end < s.Length && IsWordChar(s[end])) || !DecodesToUserAndPassword(s, start, length))
        {
            return i + 1;
        }

        Add(ref matches, new SecretMatch(SecretKind.BasicAuthorization, start, length, SecretConfidence.High));
        return end;
    }

    /// <summary><c>Bearer &lt;token&gt;</c> with letters and digits (low confidence: examples look the same).</summary>
    public static int MatchBearer(string s, int i, ref List<SecretMatch>? matches)
    {
        int start = CredentialAfterScheme(s, i, "bearer ".Length);
        if (start < 0)
        {
            return i + 1;
        }

        int end = Run(s, start, c => IsUrlSafeBase64(c) || c == '.' || c == '~' || c == '+' || c == '/' || c == '=');
        int length = end - start;
        if (length < 16 || length > MaxForwardScan || !HasDigit(s, start, length) || !HasLetter(s, start, length) || IsFiller(s, start, length))
        {
            return i + 1;
        }

        Add(ref matches, new SecretMatch(SecretKind.BearerToken, start, length, SecretConfidence.Low));
        return start;
    }
}
