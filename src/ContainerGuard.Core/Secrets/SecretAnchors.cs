using System.Runtime.CompilerServices;
using static ContainerGuard.Secrets.SecretText;

namespace ContainerGuard.Secrets;

/// <summary>
/// Where a secret can start: the prefix of a token (<see cref="TokenFormat"/>), the first characters of a structured
/// format (<c>eyJ</c>, <c>-----BEGIN </c>, <c>Basic </c>, <c>Bearer </c>) or a separator judged by what precedes it
/// (<c>~</c> of a client secret, <c>:</c> of a URL or a key, <c>=</c> of a key or a storage key's padding).
/// </summary>
/// <remarks>
/// The scanning loops look up two tables inline for every character (a call per character would cost more than the
/// scan): <see cref="AnyNext"/> for the separators, <see cref="Pairs"/> for the anchors whose second character is
/// fixed. Both are built from the token table and the structured anchors below, so they cannot disagree with
/// <see cref="Find"/>: a position the tables reject has no anchor.
/// </remarks>
internal static class SecretAnchors
{
    // Structured anchors: case-sensitive prefixes, and prefixes matched in any case (an authorization scheme).
    private const string Jwt = "eyJ";
    private const string Pem = "-----BEGIN ";
    private const string Basic = "basic ";
    private const string Bearer = "bearer ";

    /// <summary>Characters that are an anchor whatever follows them (what precedes decides).</summary>
    public static readonly bool[] AnyNext = BuildAnyNext();

    /// <summary><c>Pairs[(c &lt;&lt; 7) | next]</c>: an anchor can start with <c>c</c> followed by <c>next</c> (0 at the end).</summary>
    public static readonly bool[] Pairs = BuildPairs();

    /// <summary>A necessary condition for <see cref="Find"/> to answer anything at <paramref name="i"/>.</summary>
    /// <remarks>Inlined: the scanning loops call it once per character of every word a rule looks at.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayAnchorAt(string s, int i, bool[] anyNext, bool[] pairs)
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

    /// <summary>The matcher of the format that can start at <paramref name="i"/>, or null.</summary>
    public static SecretMatcher? Find(string s, int i)
    {
        if (TokenFormat.StartingAt(s, i) is { } token)
        {
            return token.Match;
        }

        switch (s[i])
        {
            case 'e':
                return At(s, i, Jwt) ? StructuredSecrets.MatchJwt : null;
            case 'B':
            case 'b':
                if (AtIgnoreCase(s, i, Basic))
                {
                    return StructuredSecrets.MatchBasic;
                }

                return AtIgnoreCase(s, i, Bearer) ? StructuredSecrets.MatchBearer : null;
            case '-':
                return At(s, i, Pem) ? StructuredSecrets.MatchPem : null;
            case '~':
                return i >= 2 && s[i - 1] == 'Q' && IsDigit(s[i - 2]) ? StructuredSecrets.MatchAzureClientSecret : null;
            case ':':
                if (i + 2 < s.Length && s[i + 1] == '/' && s[i + 2] == '/')
                {
                    return StructuredSecrets.MatchUri;
                }

                return KeyValueSecrets.KeyBefore(s, i) != KeyValueSecrets.KeyKind.None ? KeyValueSecrets.MatchKeyValue : null;
            case '=':
                if (i + 1 < s.Length && s[i + 1] == '=' && i > 0 && IsBase64(s[i - 1]))
                {
                    return StructuredSecrets.MatchStorageKey;
                }

                return KeyValueSecrets.KeyBefore(s, i) != KeyValueSecrets.KeyKind.None ? KeyValueSecrets.MatchKeyValue : null;
            default:
                return null;
        }
    }

    private static bool[] BuildAnyNext()
    {
        var table = new bool[128];
        table['~'] = table[':'] = table['='] = true;
        return table;
    }

    private static bool[] BuildPairs()
    {
        var table = new bool[128 * 128];
        void Allow(char first, char second) => table[(first << 7) | second] = true;
        void AllowIgnoreCase(string prefix)
        {
            foreach (char first in new[] { char.ToLowerInvariant(prefix[0]), char.ToUpperInvariant(prefix[0]) })
            {
                Allow(first, char.ToLowerInvariant(prefix[1]));
                Allow(first, char.ToUpperInvariant(prefix[1]));
            }
        }

        foreach (var token in TokenFormat.All)
        {
            foreach (var prefix in token.Prefixes)
            {
                Allow(prefix[0], prefix[1]);
            }
        }

        Allow(Jwt[0], Jwt[1]);
        Allow(Pem[0], Pem[1]);
        AllowIgnoreCase(Basic);
        AllowIgnoreCase(Bearer);
        return table;
    }
}
