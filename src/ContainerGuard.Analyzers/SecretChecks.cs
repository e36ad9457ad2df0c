using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ContainerGuard.Secrets;

namespace ContainerGuard.Analyzers;

/// <summary>
/// The analyzers' window on Core's one secret detector (<see cref="CredentialNames"/>, <see cref="SecretValueClassifier"/>,
/// <see cref="SecretDetector"/>). One instance per compilation: it carries the configured extra credential names.
/// </summary>
internal sealed class SecretChecks
{
    private readonly CredentialNames _names;

    public SecretChecks(ImmutableArray<string> extraNames)
    {
        _names = extraNames.IsDefaultOrEmpty ? CredentialNames.Default : new CredentialNames(extraNames);
    }

    /// <summary>The credential word in <paramref name="name"/> (dbPassword, ApiKey, "Db:Password"), or no match.</summary>
    public CredentialNameMatch MatchName(string? name) => _names.Match(name);

    /// <summary>
    /// True when <paramref name="value"/>, given to <paramref name="name"/>, looks like a real secret (not empty, a
    /// placeholder, a label, a setting name, a published value such as the storage emulator's key…).
    /// </summary>
    public static bool IsPlausibleSecret(CredentialNameMatch name, string value)
        => SecretValueClassifier.IsPlausibleSecret(value, name);

    /// <summary>Cheap test without allocation: false means <see cref="FindKnownFormats"/> finds nothing.</summary>
    public static bool MayContainKnownFormat(string value) => SecretDetector.MightContainSecret(value);

    /// <summary>The known-format secrets in <paramref name="value"/> worth a diagnostic.</summary>
    public static IEnumerable<SecretMatch> FindKnownFormats(string value)
    {
        foreach (var match in SecretDetector.Analyze(value))
        {
            // A bearer token of unknown format is too often an example or a test value in C# code.
            if (match.Confidence >= SecretConfidence.Medium)
            {
                yield return match;
            }
        }
    }

    public static bool ContainsKnownFormat(string value)
    {
        if (!MayContainKnownFormat(value))
        {
            return false;
        }

        foreach (var _ in FindKnownFormats(value))
        {
            return true;
        }

        return false;
    }
}
