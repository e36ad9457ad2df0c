using System;
using System.Collections.Generic;
using static ContainerGuard.Secrets.SecretMatchList;
using static ContainerGuard.Secrets.SecretText;

namespace ContainerGuard.Secrets;

/// <summary>
/// Family 3 of the detector, key=value written by people: credential-like names given a plausible literal value in
/// free text and JSON. (Connection-string keys, SAS parameters and AWS secret keys are <see cref="KeyValueSecrets"/>.)
/// </summary>
internal static class CredentialAssignments
{
    /// <summary>
    /// <c>NAME=value</c> pairs in free text (a shell word, a script line, <c>export X="…"</c> inside an echo), and
    /// JSON <c>"name": "value"</c> pairs, whose name is credential-like and whose value is a plausible secret
    /// (plus Docker <c>config.json</c> <c>"auth"</c> entries that decode to user:password). The name must start the text or follow white
    /// space, <c>;</c>, <c>&amp;</c>, <c>|</c>, <c>(</c>, a quote or a literal <c>\n</c>/<c>\t</c>; one or two leading
    /// dashes are allowed (<c>--password=…</c>). Spans cover the value only; <see cref="SecretMatch.Name"/> is the name.
    /// </summary>
    public static IReadOnlyList<SecretMatch> Find(string? text, CredentialNames names)
    {
        if (text is null || text.Length < 5)
        {
            return Array.Empty<SecretMatch>();
        }

        List<SecretMatch>? matches = null;
        int searchFrom = 0;
        while (searchFrom < text.Length)
        {
            int equals = text.IndexOf('=', searchFrom);
            if (equals < 0)
            {
                break;
            }

            searchFrom = equals + 1;
            int keyStart = equals;
            while (keyStart > 0 && equals - keyStart < MaxKeyLookBack && IsKeyChar(text[keyStart - 1]))
            {
                keyStart--;
            }

            if (keyStart == equals || !IsAssignmentStart(text, keyStart))
            {
                continue;
            }

            int nameStart = keyStart;
            while (nameStart < equals && text[nameStart] == '-' && nameStart - keyStart < 2)
            {
                nameStart++;
            }

            if (nameStart == equals || !IsLetter(text[nameStart]) && text[nameStart] != '_')
            {
                continue;
            }

            string name = text.Substring(nameStart, equals - nameStart);
            var nameMatch = names.Match(name);
            if (!nameMatch.IsMatch)
            {
                continue;
            }

            int start = equals + 1;
            int end;
            if (start < text.Length && (text[start] == '"' || text[start] == '\''))
            {
                char quote = text[start];
                start++;
                end = text.IndexOf(quote, start, Math.Min(256, text.Length - start));
                if (end < 0)
                {
                    continue;
                }
            }
            else
            {
                end = start;
                while (end < text.Length && end - start < MaxForwardScan && !IsValueTerminator(text[end]) && !(text[end] == '\\' && end + 1 < text.Length && (text[end + 1] == 'n' || text[end + 1] == 't')))
                {
                    end++;
                }
            }

            searchFrom = Math.Max(searchFrom, end);
            int length = end - start;
            if (length <= 0)
            {
                continue;
            }

            AddIfPlausibleAssignment(ref matches, text, start, length, nameMatch, name);
        }

        FindQuotedKeyValues(text, names, ref matches);
        return matches is null ? Array.Empty<SecretMatch>() : Resolve(matches);
    }

    /// <summary>
    /// <c>"password": "…"</c> (JSON) pairs with a credential-like key, and the <c>"auth": "&lt;base64 of user:password&gt;"</c>
    /// entries of a Docker <c>config.json</c>.
    /// </summary>
    private static void FindQuotedKeyValues(string text, CredentialNames names, ref List<SecretMatch>? matches)
    {
        int searchFrom = 0;
        while (searchFrom < text.Length)
        {
            int colon = text.IndexOf(':', searchFrom);
            if (colon < 0)
            {
                return;
            }

            searchFrom = colon + 1;
            int j = colon - 1;
            while (j >= 0 && text[j] == ' ' && colon - j < 4)
            {
                j--;
            }

            if (j < 1 || text[j] != '"')
            {
                continue;
            }

            int keyEnd = j;
            int keyStart = keyEnd;
            while (keyStart > 0 && keyEnd - keyStart < MaxKeyLookBack && IsKeyChar(text[keyStart - 1]))
            {
                keyStart--;
            }

            if (keyStart == keyEnd || keyStart == 0 || text[keyStart - 1] != '"')
            {
                continue;
            }

            int start = colon + 1;
            while (start < text.Length && text[start] == ' ' && start - colon < 4)
            {
                start++;
            }

            if (start >= text.Length || text[start] != '"')
            {
                continue;
            }

            start++;
            int end = text.IndexOf('"', start, Math.Min(MaxForwardScan, text.Length - start));
            if (end <= start)
            {
                continue;
            }

            searchFrom = end + 1;
            int length = end - start;
            string name = text.Substring(keyStart, keyEnd - keyStart);
            if (string.Equals(name, "auth", StringComparison.Ordinal))
            {
                if (length >= 8 && Run(text, start, c => IsBase64(c) || c == '=') == end && DecodesToUserAndPassword(text, start, length))
                {
                    Add(ref matches, new SecretMatch(SecretKind.BasicAuthorization, start, length, SecretConfidence.High));
                }

                continue;
            }

            var nameMatch = names.Match(name);
            if (!nameMatch.IsMatch)
            {
                continue;
            }

            AddIfPlausibleAssignment(ref matches, text, start, length, nameMatch, name);
        }
    }

    private static bool IsAssignmentStart(string s, int keyStart)
    {
        if (keyStart == 0)
        {
            return true;
        }

        char p = s[keyStart - 1];
        if (char.IsWhiteSpace(p) || p == ';' || p == '&' || p == '|' || p == '(' || p == '"' || p == '\'' || p == '`' || p == '{' || p == ',')
        {
            return true;
        }

        // a literal \n or \t written inside an echo/printf string
        return keyStart >= 2 && s[keyStart - 2] == '\\' && (p == 'n' || p == 't');
    }

    private static bool IsValueTerminator(char c)
        => char.IsWhiteSpace(c) || c == ';' || c == '|' || c == '&' || c == '`' || c == '"' || c == '\'' || c == ')' || c == ',' || c == '}';

    private static bool HasShellExpansion(string value)
    {
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (value[i] == '$' && (value[i + 1] == '{' || value[i + 1] == '(' || value[i + 1] == '_' || IsLetter(value[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A credential-like name's value in free text: reported when it is a plausible secret, not a reference.</summary>
    private static void AddIfPlausibleAssignment(ref List<SecretMatch>? matches, string text, int start, int length, CredentialNameMatch nameMatch, string name)
    {
        string value = text.Substring(start, length);
        if (SecretValueClassifier.Classify(value, nameMatch) != SecretValueKind.Plausible || HasShellExpansion(value))
        {
            return;
        }

        var confidence = length >= 8 && SecretEntropy.BitsPerCharacter(text, start, length) >= 3.0 ? SecretConfidence.High : SecretConfidence.Medium;
        Add(ref matches, new SecretMatch(SecretKind.CredentialAssignment, start, length, confidence, name));
    }
}
