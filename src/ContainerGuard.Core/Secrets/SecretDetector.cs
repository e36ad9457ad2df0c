using System;
using System.Collections.Generic;

namespace ContainerGuard.Secrets;

/// <summary>
/// Finds secrets of known formats anywhere in a string: connection-string passwords and keys, SAS signatures,
/// URL credentials, PEM private keys, JWTs, storage account keys, and the token formats of GitHub, npm,
/// Docker Hub, Slack, AWS, Google, Entra ID, Stripe and SendGrid, Basic and Bearer authorization values.
/// </summary>
/// <remarks>
/// One hand-written left-to-right pass; no regular expressions. Each position costs two table look-ups; only
/// "anchor" characters and prefixes (<see cref="SecretAnchors"/>) start a bounded check, and every check either
/// matches or lets the scan move on, so the time is linear in the length. Strings without an anchor allocate
/// nothing and return an empty list. Spans cover only the secret part (the password of a connection string, not
/// the key). The formats live in three families: prefix tokens (<see cref="TokenFormat"/>, a table), structured
/// formats (<see cref="StructuredSecrets"/>) and keys that name a secret (<see cref="KeyValueSecrets"/>);
/// credential-like names given literal values are <see cref="CredentialAssignments"/>.
/// </remarks>
public static class SecretDetector
{
    private static readonly SecretMatch[] NoMatches = Array.Empty<SecretMatch>();

    /// <summary>The shortest string in which a known format can be found.</summary>
    public const int MinimumLength = 8;

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

        var anyNext = SecretAnchors.AnyNext;
        var pairs = SecretAnchors.Pairs;
        for (int i = 0; i < value.Length; i++)
        {
            if (SecretAnchors.MayAnchorAt(value, i, anyNext, pairs) && SecretAnchors.Find(value, i) != null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every known-format secret in <paramref name="value"/>, ordered by position, overlaps removed.</summary>
    public static IReadOnlyList<SecretMatch> Analyze(string? value)
    {
        if (value is null || value.Length < MinimumLength)
        {
            return NoMatches;
        }

        List<SecretMatch>? matches = null;
        var anyNext = SecretAnchors.AnyNext;
        var pairs = SecretAnchors.Pairs;
        int i = 0;
        while (i < value.Length)
        {
            if (!SecretAnchors.MayAnchorAt(value, i, anyNext, pairs))
            {
                i++;
                continue;
            }

            var matcher = SecretAnchors.Find(value, i);
            if (matcher == null)
            {
                i++;
                continue;
            }

            int next = matcher(value, i, ref matches);
            i = next > i ? next : i + 1;
        }

        return matches is null ? NoMatches : SecretMatchList.Resolve(matches);
    }

    /// <summary>
    /// <c>NAME=value</c> pairs in free text (a shell word, a script line, <c>export X="…"</c> inside an echo), and
    /// JSON <c>"name": "value"</c> pairs, whose name is credential-like and whose value is a plausible secret
    /// (plus Docker <c>config.json</c> <c>"auth"</c> entries that decode to user:password). Spans cover the value
    /// only; <see cref="SecretMatch.Name"/> is the name. See <see cref="CredentialAssignments"/>.
    /// </summary>
    public static IReadOnlyList<SecretMatch> FindCredentialAssignments(string? text, CredentialNames names)
        => CredentialAssignments.Find(text, names);
}
