using System;
using System.Collections.Generic;
using static ContainerGuard.Secrets.SecretMatchList;
using static ContainerGuard.Secrets.SecretText;

namespace ContainerGuard.Secrets;

/// <summary>
/// Family 1 of the detector: tokens that announce themselves with a fixed prefix (<c>ghp_</c>, <c>npm_</c>, <c>AKIA</c>…).
/// One row per format: its kind and name, its prefixes and the shape of its body. Adding a format is adding a row
/// (and a <see cref="SecretKind"/>) plus its tests: the scanner's anchor tables are built from the prefixes.
/// </summary>
internal sealed class TokenFormat
{
    /// <summary>Every prefix token format. Prefixes must not be prefixes of each other.</summary>
    public static readonly TokenFormat[] All =
    {
        Exact(SecretKind.GitHubToken, "GitHub token", new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, 36, IsAlphaNumeric),
        AtLeast(SecretKind.GitHubToken, "GitHub token", new[] { "github_pat_" }, 50, IsWordChar, skipBodyOnMismatch: false),
        AtLeast(SecretKind.GitLabToken, "GitLab token", new[] { "glpat-" }, 20, IsTokenChar),
        Exact(SecretKind.NpmToken, "npm token", new[] { "npm_" }, 36, IsAlphaNumeric),
        AtLeast(SecretKind.DockerHubToken, "Docker Hub access token", new[] { "dckr_pat_" }, 20, IsTokenChar),
        AtLeast(SecretKind.SlackToken, "Slack token", new[] { "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-" }, 10, IsSlackChar, requireDigit: true),
        Custom(SecretKind.AwsAccessKeyId, "AWS access key id", new[] { "AKIA", "ASIA" }, MatchAwsKeyId),
        Exact(SecretKind.GoogleApiKey, "Google API key", new[] { "AIza" }, 35, IsUrlSafeBase64),
        AtLeast(SecretKind.StripeLiveKey, "Stripe live key", new[] { "sk_live_", "rk_live_" }, 20, IsAlphaNumeric),
        Custom(SecretKind.SendGridApiKey, "SendGrid API key", new[] { "SG." }, MatchSendGrid),
    };

    // The rows whose prefixes start with a character, indexed by that character (ASCII only).
    private static readonly TokenFormat[]?[] ByFirstChar = IndexByFirstChar();

    private readonly Func<char, bool> _isBodyChar;
    private readonly int _minBody;
    private readonly int _maxBody;
    private readonly bool _requireDigit;
    private readonly bool _skipBodyOnMismatch;

    private TokenFormat(SecretKind kind, string displayName, string[] prefixes, Func<char, bool> isBodyChar, int minBody, int maxBody, bool requireDigit, bool skipBodyOnMismatch, SecretMatcher? custom)
    {
        Kind = kind;
        DisplayName = displayName;
        Prefixes = prefixes;
        _isBodyChar = isBodyChar;
        _minBody = minBody;
        _maxBody = maxBody;
        _requireDigit = requireDigit;
        _skipBodyOnMismatch = skipBodyOnMismatch;
        Match = custom ?? MatchBody;
    }

    public SecretKind Kind { get; }

    /// <summary>The kind's name in messages (<see cref="SecretKinds.ToDisplayName"/>).</summary>
    public string DisplayName { get; }

    /// <summary>The case-sensitive prefixes that start the token; the match covers prefix and body.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>Matches at the start of a prefix; returns where the scan goes on.</summary>
    public SecretMatcher Match { get; }

    /// <summary>The format whose prefix starts at <paramref name="i"/>, or null.</summary>
    public static TokenFormat? StartingAt(string s, int i)
    {
        char c = s[i];
        if (c >= 128 || ByFirstChar[c] is not { } rows)
        {
            return null;
        }

        foreach (var row in rows)
        {
            foreach (var prefix in row.Prefixes)
            {
                if (SecretText.At(s, i, prefix))
                {
                    return row;
                }
            }
        }

        return null;
    }

    /// <summary>The display name of a token kind, or null for kinds of the other families.</summary>
    public static string? DisplayNameOf(SecretKind kind)
    {
        foreach (var row in All)
        {
            if (row.Kind == kind)
            {
                return row.DisplayName;
            }
        }

        return null;
    }

    /// <summary>Prefix and exactly <paramref name="bodyLength"/> body characters, not followed by a word character.</summary>
    private static TokenFormat Exact(SecretKind kind, string displayName, string[] prefixes, int bodyLength, Func<char, bool> isBodyChar)
        => new(kind, displayName, prefixes, isBodyChar, bodyLength, bodyLength, requireDigit: false, skipBodyOnMismatch: true, custom: null);

    /// <summary>Prefix and at least <paramref name="minBody"/> body characters (with a digit among them when <paramref name="requireDigit"/>).</summary>
    private static TokenFormat AtLeast(SecretKind kind, string displayName, string[] prefixes, int minBody, Func<char, bool> isBodyChar, bool requireDigit = false, bool skipBodyOnMismatch = true)
        => new(kind, displayName, prefixes, isBodyChar, minBody, int.MaxValue, requireDigit, skipBodyOnMismatch, custom: null);

    /// <summary>A format whose body needs its own reading.</summary>
    private static TokenFormat Custom(SecretKind kind, string displayName, string[] prefixes, SecretMatcher match)
        => new(kind, displayName, prefixes, _ => false, 0, 0, requireDigit: false, skipBodyOnMismatch: false, custom: match);

    /// <summary>
    /// The body after the prefix at <paramref name="i"/>: a word boundary before the prefix, the body's length and
    /// characters, no filler (<c>xxxx</c>). A body that does not fit is skipped as a whole (its characters cannot
    /// start another token of this shape) unless the row says otherwise.
    /// </summary>
    private int MatchBody(string s, int i, ref List<SecretMatch>? matches)
    {
        if (!BoundaryBefore(s, i))
        {
            return i + 1;
        }

        int bodyStart = i + PrefixLengthAt(s, i);
        int end = Run(s, bodyStart, _isBodyChar);
        int length = end - bodyStart;
        bool fits = _minBody == _maxBody
            ? length == _minBody && (end >= s.Length || !IsWordChar(s[end]))
            : length >= _minBody && (!_requireDigit || HasDigit(s, bodyStart, length));
        if (fits && !IsFiller(s, bodyStart, length))
        {
            Add(ref matches, new SecretMatch(Kind, i, end - i, SecretConfidence.High));
            return end;
        }

        return _skipBodyOnMismatch ? Math.Max(i + 1, end) : i + 1;
    }

    private int PrefixLengthAt(string s, int i)
    {
        foreach (var prefix in Prefixes)
        {
            if (SecretText.At(s, i, prefix))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary><c>AKIA</c>/<c>ASIA</c> and 16 upper-case letters or digits; AWS's documented <c>…EXAMPLE</c> keys are not secrets.</summary>
    private static int MatchAwsKeyId(string s, int i, ref List<SecretMatch>? matches)
    {
        if (i > 0 && IsAlphaNumeric(s[i - 1]))
        {
            return i + 1;
        }

        int end = Run(s, i + 4, c => (c >= 'A' && c <= 'Z') || IsDigit(c));
        if (end - i == 20 && (end >= s.Length || !IsAlphaNumeric(s[end])) && !SecretText.At(s, end - 7, "EXAMPLE") && !IsFiller(s, i + 4, 16))
        {
            Add(ref matches, new SecretMatch(SecretKind.AwsAccessKeyId, i, 20, SecretConfidence.Medium));
            return end;
        }

        return i + 1;
    }

    /// <summary><c>SG.</c>, 22 base64url characters, <c>.</c>, 43 base64url characters.</summary>
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

    private static TokenFormat[]?[] IndexByFirstChar()
    {
        var lists = new List<TokenFormat>?[128];
        foreach (var row in All)
        {
            foreach (var prefix in row.Prefixes)
            {
                var list = lists[prefix[0]] ??= new List<TokenFormat>();
                if (!list.Contains(row))
                {
                    list.Add(row);
                }
            }
        }

        var index = new TokenFormat[]?[128];
        for (int c = 0; c < 128; c++)
        {
            index[c] = lists[c]?.ToArray();
        }

        return index;
    }
}

/// <summary>Reads one format at an anchor position, adds what it finds and returns where the scan goes on.</summary>
internal delegate int SecretMatcher(string s, int i, ref List<SecretMatch>? matches);
