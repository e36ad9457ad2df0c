using System;
using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Secrets;

/// <summary>
/// Finds secrets of known formats anywhere in a string: connection-string passwords and keys, SAS signatures,
/// URL credentials, PEM private keys, JWTs, storage account keys, and the token formats of GitHub, npm,
/// Docker Hub, Slack, AWS, Google, Entra ID, Stripe and SendGrid, Basic and Bearer authorization values.
/// </summary>
/// <remarks>
/// One hand-written left-to-right pass; no regular expressions. Each position costs a switch on its character;
/// only a few "anchor" characters and prefixes start a bounded check, and every check either matches or lets
/// the scan move on, so the time is linear in the length. Strings without an anchor allocate nothing and
/// return an empty list. Spans cover only the secret part (the password of a connection string, not the key).
/// </remarks>
public static class SecretDetector
{
    private static readonly SecretMatch[] NoMatches = Array.Empty<SecretMatch>();

    // The public, documented key of the Azure Storage emulator (Azurite): not a secret.
    private const string DevelopmentStorageKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int MaxForwardScan = 4096;
    private const int MaxPemScan = 16384;
    private const int MaxKeyLookBack = 48;

    private enum Anchor
    {
        None,
        GitHub,
        GitLab,
        Npm,
        DockerHub,
        Slack,
        AwsKeyId,
        GoogleApiKey,
        Jwt,
        Stripe,
        SendGrid,
        Basic,
        Bearer,
        Pem,
        Uri,
        AzureClientSecret,
        KeyValue,
        StorageKey,
    }

    /// <summary>
    /// A cheap pre-check: false means <see cref="Analyze"/> certainly finds nothing in <paramref name="value"/>.
    /// True only says that a known prefix or separator is present. No allocation.
    /// </summary>
    public static bool MightContainSecret(string? value)
    {
        if (value is null || value.Length < MinimumLength)
        {
            return false;
        }

        var anyNext = AnyNext;
        var pairs = AnchorPairs;
        for (int i = 0; i < value.Length; i++)
        {
            if (MayAnchorAt(value, i, anyNext, pairs) && GetAnchor(value, i) != Anchor.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shortest string in which a known format can be found.</summary>
    public const int MinimumLength = 8;

    /// <summary>Every known-format secret in <paramref name="value"/>, ordered by position, overlaps removed.</summary>
    public static IReadOnlyList<SecretMatch> Analyze(string? value)
    {
        if (value is null || value.Length < MinimumLength)
        {
            return NoMatches;
        }

        List<SecretMatch>? matches = null;
        var anyNext = AnyNext;
        var pairs = AnchorPairs;
        int i = 0;
        while (i < value.Length)
        {
            if (!MayAnchorAt(value, i, anyNext, pairs))
            {
                i++;
                continue;
            }

            var anchor = GetAnchor(value, i);
            if (anchor == Anchor.None)
            {
                i++;
                continue;
            }

            int next = TryMatch(anchor, value, i, ref matches);
            i = next > i ? next : i + 1;
        }

        return matches is null ? NoMatches : Resolve(matches);
    }

    /// <summary>
    /// The secrets in a value given to a name: known formats anywhere in the value, or else, when the name is
    /// credential-like and the value a plausible secret (<see cref="SecretValueClassifier"/>), the whole value
    /// (trimmed) as a <see cref="SecretKind.CredentialAssignment"/>.
    /// </summary>
    public static IReadOnlyList<SecretMatch> AnalyzeAssignment(string? name, string? value, CredentialNames names)
    {
        if (value is null)
        {
            return NoMatches;
        }

        var found = Analyze(value);
        if (found.Count > 0)
        {
            return found;
        }

        var nameMatch = names.Match(name);
        if (!nameMatch.IsMatch || SecretValueClassifier.Classify(value, nameMatch) != SecretValueKind.Plausible)
        {
            return NoMatches;
        }

        int start = 0;
        int end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        var confidence = end - start >= 8 && SecretEntropy.BitsPerCharacter(value, start, end - start) >= 3.0
            ? SecretConfidence.High
            : SecretConfidence.Medium;
        return new[] { new SecretMatch(SecretKind.CredentialAssignment, start, end - start, confidence, name) };
    }

    // The characters GetAnchor can answer for; any other character is skipped without a call.
    private static readonly bool[] AnchorChars = BuildAnchorChars();

    private static bool[] BuildAnchorChars()
    {
        var table = new bool[128];
        foreach (char c in "gndxAesrSBb-~:=")
        {
            table[c] = true;
        }

        return table;
    }

    private static bool IsAnchorChar(char c) => c < 128 && AnchorChars[c];

    // Necessary conditions for GetAnchor, looked up inline in the scanning loops (a call per character would cost
    // more than the scan): AnyNext[c] for anchors decided by what precedes them ('~', ':', '='); AnchorPairs[c, next]
    // for the others, whose next character is fixed (most anchors are common letters: e, s, r, n, d, g, b, x).
    // The next character of the last one is 0.
    private static readonly bool[] AnyNext = BuildAnyNext();
    private static readonly bool[] AnchorPairs = BuildAnchorPairs();

    private static bool[] BuildAnyNext()
    {
        var table = new bool[128];
        table['~'] = table[':'] = table['='] = true;
        return table;
    }

    private static bool[] BuildAnchorPairs()
    {
        var table = new bool[128 * 128];
        void Allow(char first, string seconds)
        {
            foreach (char second in seconds)
            {
                table[(first << 7) | second] = true;
            }
        }

        Allow('g', "hli");     // gh?_, glpat-, github_pat_
        Allow('n', "p");       // npm_
        Allow('d', "c");       // dckr_pat_
        Allow('x', "o");       // xox?-
        Allow('A', "KSI");     // AKIA, ASIA, AIza
        Allow('e', "y");       // eyJ
        Allow('s', "k");       // sk_live_
        Allow('r', "k");       // rk_live_
        Allow('S', "G");       // SG.
        Allow('B', "aAeE");    // Basic , Bearer (any case)
        Allow('b', "aAeE");
        Allow('-', "-");       // -----BEGIN
        return table;
    }

    /// <summary>A necessary condition for <see cref="GetAnchor"/> to answer anything but None at <paramref name="i"/>.</summary>
    /// <remarks>Inlined: the scanning loops call it once per character of every word a rule looks at.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayAnchorAt(string s, int i, bool[] anyNext, bool[] pairs)
    {
        char c = s[i];
        if (c >= 128)
        {
            return false;
        }

        if (anyNext[c])
        {
            return true;
        }

        int next = i + 1 < s.Length ? s[i + 1] : 0;
        return next < 128 && pairs[(c << 7) | next];
    }

    private static Anchor GetAnchor(string s, int i)
    {
        char c = s[i];
        if (!IsAnchorChar(c))
        {
            return Anchor.None;
        }

        switch (c)
        {
            case 'g':
                if (i + 3 < s.Length && s[i + 1] == 'h' && s[i + 3] == '_' && "pousr".IndexOf(s[i + 2]) >= 0)
                {
                    return Anchor.GitHub;
                }

                if (At(s, i, "glpat-"))
                {
                    return Anchor.GitLab;
                }

                return At(s, i, "github_pat_") ? Anchor.GitHub : Anchor.None;
            case 'n':
                return At(s, i, "npm_") ? Anchor.Npm : Anchor.None;
            case 'd':
                return At(s, i, "dckr_pat_") ? Anchor.DockerHub : Anchor.None;
            case 'x':
                return i + 4 < s.Length && s[i + 1] == 'o' && s[i + 2] == 'x' && s[i + 4] == '-' && "baprs".IndexOf(s[i + 3]) >= 0
                    ? Anchor.Slack
                    : Anchor.None;
            case 'A':
                if (At(s, i, "AKIA") || At(s, i, "ASIA"))
                {
                    return Anchor.AwsKeyId;
                }

                return At(s, i, "AIza") ? Anchor.GoogleApiKey : Anchor.None;
            case 'e':
                return At(s, i, "eyJ") ? Anchor.Jwt : Anchor.None;
            case 's':
            case 'r':
                return At(s, i + 1, "k_live_") ? Anchor.Stripe : Anchor.None;
            case 'S':
                return At(s, i, "SG.") ? Anchor.SendGrid : Anchor.None;
            case 'B':
            case 'b':
                if (AtIgnoreCase(s, i, "basic "))
                {
                    return Anchor.Basic;
                }

                return AtIgnoreCase(s, i, "bearer ") ? Anchor.Bearer : Anchor.None;
            case '-':
                return At(s, i, "-----BEGIN ") ? Anchor.Pem : Anchor.None;
            case '~':
                return i >= 2 && s[i - 1] == 'Q' && IsDigit(s[i - 2]) ? Anchor.AzureClientSecret : Anchor.None;
            case ':':
                if (i + 2 < s.Length && s[i + 1] == '/' && s[i + 2] == '/')
                {
                    return Anchor.Uri;
                }

                return KeyBefore(s, i) != KeyKind.None ? Anchor.KeyValue : Anchor.None;
            case '=':
                if (i + 1 < s.Length && s[i + 1] == '=' && i > 0 && IsBase64(s[i - 1]))
                {
                    return Anchor.StorageKey;
                }

                return KeyBefore(s, i) != KeyKind.None ? Anchor.KeyValue : Anchor.None;
            default:
                return Anchor.None;
        }
    }

    private static int TryMatch(Anchor anchor, string s, int i, ref List<SecretMatch>? matches)
    {
        switch (anchor)
        {
            case Anchor.GitHub:
                return MatchGitHub(s, i, ref matches);
            case Anchor.GitLab:
                return MatchRun(s, i, 6, 20, IsTokenChar, SecretKind.GitLabToken, requireDigit: false, ref matches);
            case Anchor.Npm:
                return MatchFixed(s, i, 4, 36, SecretKind.NpmToken, ref matches);
            case Anchor.DockerHub:
                return MatchRun(s, i, 9, 20, IsTokenChar, SecretKind.DockerHubToken, requireDigit: false, ref matches);
            case Anchor.Slack:
                return MatchRun(s, i, 5, 10, IsSlackChar, SecretKind.SlackToken, requireDigit: true, ref matches);
            case Anchor.AwsKeyId:
                return MatchAwsKeyId(s, i, ref matches);
            case Anchor.GoogleApiKey:
                return MatchFixedWith(s, i, 4, 35, IsUrlSafeBase64, SecretKind.GoogleApiKey, ref matches);
            case Anchor.Jwt:
                return MatchJwt(s, i, ref matches);
            case Anchor.Stripe:
                return MatchRun(s, i, 8, 20, IsAlphaNumeric, SecretKind.StripeLiveKey, requireDigit: false, ref matches);
            case Anchor.SendGrid:
                return MatchSendGrid(s, i, ref matches);
            case Anchor.Basic:
                return MatchBasic(s, i, ref matches);
            case Anchor.Bearer:
                return MatchBearer(s, i, ref matches);
            case Anchor.Pem:
                return MatchPem(s, i, ref matches);
            case Anchor.Uri:
                return MatchUri(s, i, ref matches);
            case Anchor.AzureClientSecret:
                return MatchAzureClientSecret(s, i, ref matches);
            case Anchor.KeyValue:
                return MatchKeyValue(s, i, ref matches);
            case Anchor.StorageKey:
                return MatchStorageKey(s, i, ref matches);
            default:
                return i + 1;
        }
    }

    /// <summary>
    /// <c>NAME=value</c> pairs in free text (a shell word, a script line, <c>export X="…"</c> inside an echo), and
    /// JSON <c>"name": "value"</c> pairs, whose name is credential-like and whose value is a plausible secret
    /// (plus Docker <c>config.json</c> <c>"auth"</c> entries that decode to user:password). The name must start the text or follow white
    /// space, <c>;</c>, <c>&amp;</c>, <c>|</c>, <c>(</c>, a quote or a literal <c>\n</c>/<c>\t</c>; one or two leading
    /// dashes are allowed (<c>--password=…</c>). Spans cover the value only; <see cref="SecretMatch.Name"/> is the name.
    /// </summary>
    public static IReadOnlyList<SecretMatch> FindCredentialAssignments(string? text, CredentialNames names)
    {
        if (text is null || text.Length < 5)
        {
            return NoMatches;
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
        return matches is null ? NoMatches : Resolve(matches);
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

    // ---- token formats with a prefix ----

    private static int MatchGitHub(string s, int i, ref List<SecretMatch>? matches)
    {
        if (!BoundaryBefore(s, i))
        {
            return i + 1;
        }

        if (At(s, i, "github_pat_"))
        {
            int end = Run(s, i + 11, IsWordChar);
            if (end - (i + 11) >= 50 && !IsFiller(s, i + 11, end - (i + 11)))
            {
                Add(ref matches, new SecretMatch(SecretKind.GitHubToken, i, end - i, SecretConfidence.High));
                return end;
            }

            return i + 1;
        }

        return MatchFixed(s, i, 4, 36, SecretKind.GitHubToken, ref matches);
    }

    /// <summary>prefix + exactly <paramref name="bodyLength"/> letters/digits, with word boundaries around.</summary>
    private static int MatchFixed(string s, int i, int prefixLength, int bodyLength, SecretKind kind, ref List<SecretMatch>? matches)
        => MatchFixedWith(s, i, prefixLength, bodyLength, IsAlphaNumeric, kind, ref matches);

    private static int MatchFixedWith(string s, int i, int prefixLength, int bodyLength, Func<char, bool> isBodyChar, SecretKind kind, ref List<SecretMatch>? matches)
    {
        if (!BoundaryBefore(s, i))
        {
            return i + 1;
        }

        int bodyStart = i + prefixLength;
        int end = Run(s, bodyStart, isBodyChar);
        if (end - bodyStart == bodyLength && (end >= s.Length || !IsWordChar(s[end])) && !IsFiller(s, bodyStart, bodyLength))
        {
            Add(ref matches, new SecretMatch(kind, i, end - i, SecretConfidence.High));
            return end;
        }

        return Math.Max(i + 1, end);
    }

    /// <summary>prefix + at least <paramref name="minBody"/> body characters.</summary>
    private static int MatchRun(string s, int i, int prefixLength, int minBody, Func<char, bool> isBodyChar, SecretKind kind, bool requireDigit, ref List<SecretMatch>? matches)
    {
        if (!BoundaryBefore(s, i))
        {
            return i + 1;
        }

        int bodyStart = i + prefixLength;
        int end = Run(s, bodyStart, isBodyChar);
        int length = end - bodyStart;
        if (length >= minBody && (!requireDigit || HasDigit(s, bodyStart, length)) && !IsFiller(s, bodyStart, length))
        {
            Add(ref matches, new SecretMatch(kind, i, end - i, SecretConfidence.High));
            return end;
        }

        return Math.Max(i + 1, end);
    }

    private static int MatchAwsKeyId(string s, int i, ref List<SecretMatch>? matches)
    {
        if (i > 0 && IsAlphaNumeric(s[i - 1]))
        {
            return i + 1;
        }

        int end = Run(s, i + 4, c => (c >= 'A' && c <= 'Z') || IsDigit(c));
        if (end - i == 20 && (end >= s.Length || !IsAlphaNumeric(s[end])) && !At(s, end - 7, "EXAMPLE") && !IsFiller(s, i + 4, 16))
        {
            Add(ref matches, new SecretMatch(SecretKind.AwsAccessKeyId, i, 20, SecretConfidence.Medium));
            return end;
        }

        return i + 1;
    }

    private static int MatchSendGrid(string s, int i, ref List<SecretMatch>? matches)
    {
        if (!BoundaryBefore(s, i))
        {
            return i + 1;
        }

        int first = Run(s, i + 3, IsUrlSafeBase64);
        if (first - (i + 3) != 22 || first >= s.Length || s[first] != '.')
        {
            return i + 1;
        }

        int end = Run(s, first + 1, IsUrlSafeBase64);
        if (end - (first + 1) == 43 && !IsFiller(s, first + 1, 43))
        {
            Add(ref matches, new SecretMatch(SecretKind.SendGridApiKey, i, end - i, SecretConfidence.High));
            return end;
        }

        return i + 1;
    }

    // ---- structured formats ----

    private static int MatchJwt(string s, int i, ref List<SecretMatch>? matches)
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

    private static int MatchPem(string s, int i, ref List<SecretMatch>? matches)
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

    private static int MatchUri(string s, int colon, ref List<SecretMatch>? matches)
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

    private static int MatchAzureClientSecret(string s, int tilde, ref List<SecretMatch>? matches)
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

    private static int MatchStorageKey(string s, int i, ref List<SecretMatch>? matches)
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

        if (!(upper && lower && digit) || IsHashPrefixed(s, start) || string.CompareOrdinal(s, start, DevelopmentStorageKey, 0, 88) == 0)
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

    private static int MatchBasic(string s, int i, ref List<SecretMatch>? matches)
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

    private static int MatchBearer(string s, int i, ref List<SecretMatch>? matches)
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

    // ---- key=value: connection strings, SAS signatures, AWS secret keys ----

    private enum KeyKind
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
    private static KeyKind KeyBefore(string s, int separator)
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

    private static int MatchKeyValue(string s, int separator, ref List<SecretMatch>? matches)
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
                if (!string.Equals(value, DevelopmentStorageKey, StringComparison.Ordinal))
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

    // ---- helpers ----

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

    private static void Add(ref List<SecretMatch>? matches, SecretMatch match) => (matches ??= new List<SecretMatch>(2)).Add(match);

    private static IReadOnlyList<SecretMatch> Resolve(List<SecretMatch> matches)
    {
        if (matches.Count == 1)
        {
            return matches;
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<SecretMatch>(matches.Count);
        foreach (var m in matches)
        {
            if (result.Count > 0 && m.Start < result[result.Count - 1].End)
            {
                var previous = result[result.Count - 1];
                if (m.Kind.Specificity() > previous.Kind.Specificity())
                {
                    result[result.Count - 1] = m;
                }

                continue;
            }

            result.Add(m);
        }

        return result;
    }

    private static bool DecodesToUserAndPassword(string s, int start, int length)
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

    private static bool Base64Contains(string s, int start, int length, string needle)
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
    private static void DecodeBase64(string s, int start, int length, Action<int> sink)
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

    private static int Run(string s, int start, Func<char, bool> predicate)
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
    private static bool IsFiller(string s, int start, int length)
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

    private static bool HasDigit(string s, int start, int length)
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

    private static bool HasLetter(string s, int start, int length)
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

    private static bool At(string s, int i, string prefix)
        => i >= 0 && i + prefix.Length <= s.Length && string.CompareOrdinal(s, i, prefix, 0, prefix.Length) == 0;

    private static bool AtIgnoreCase(string s, int i, string prefix) => AsciiCase.StartsWithAt(s, i, prefix);

    private static bool BoundaryBefore(string s, int i) => i == 0 || !IsWordChar(s[i - 1]);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAlphaNumeric(char c) => IsLetter(c) || IsDigit(c);

    private static bool IsWordChar(char c) => IsAlphaNumeric(c) || c == '_';

    private static bool IsTokenChar(char c) => IsWordChar(c) || c == '-';

    private static bool IsSlackChar(char c) => IsAlphaNumeric(c) || c == '-';

    private static bool IsUrlSafeBase64(char c) => IsWordChar(c) || c == '-';

    private static bool IsBase64(char c) => IsAlphaNumeric(c) || c == '+' || c == '/';

    private static bool IsClientSecretChar(char c) => IsWordChar(c) || c == '-' || c == '.' || c == '~';

    private static bool IsSchemeChar(char c) => IsAlphaNumeric(c) || c == '+' || c == '.' || c == '-';

    private static bool IsKeyChar(char c) => IsWordChar(c) || c == '-' || c == '.';
}
