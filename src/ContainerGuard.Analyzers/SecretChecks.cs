using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ContainerGuard.Analyzers;

/// <summary>
/// The analyzers' window on Core's secret detector (ContainerGuard.Secrets): which names are credential-like,
/// which values are plausible secrets rather than placeholders, labels or setting names, and which known
/// secret formats a string contains. One instance per compilation (it carries the configured extra names).
/// </summary>
internal sealed class SecretChecks
{
    // TEMPORARY until the secrets branch lands: a minimal stand-in with the same shape.
    private readonly ImmutableArray<string> _extraNames;

    public SecretChecks(ImmutableArray<string> extraNames)
    {
        _extraNames = extraNames;
    }

    /// <summary>True when <paramref name="name"/> says it holds a credential (dbPassword, ApiKey, "Db:Password").</summary>
    public bool IsCredentialName(string? name, out bool isConnectionString)
    {
        isConnectionString = false;
        if (name is null)
        {
            return false;
        }

        foreach (var extra in _extraNames)
        {
            if (string.Equals(extra, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var lower = name.ToLowerInvariant();
        isConnectionString = lower.Contains("connectionstring");
        return lower.Contains("password") || lower.Contains("secret") || lower.Contains("apikey") || lower.Contains("token") || isConnectionString;
    }

    /// <summary>True when <paramref name="value"/>, given to a credential name, looks like a real secret (not empty, a placeholder, a label…).</summary>
    public bool IsPlausibleSecret(string name, string value)
        => value.Length >= 4 && value.IndexOf(' ') < 0 && value.IndexOf('{') < 0 && value.IndexOf('<') < 0 && !value.EndsWith(":", StringComparison.Ordinal);

    /// <summary>Cheap test: can <paramref name="value"/> contain a secret in a known format at all?</summary>
    public bool MayContainKnownFormat(string value) => value.Length >= 8;

    /// <summary>The known-format secrets in <paramref name="value"/>: (start, length, description) — never the value.</summary>
    public IEnumerable<(int Start, int Length, string Description, string Kind)> FindKnownFormats(string value)
    {
        var at = value.IndexOf("Password=", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var start = at + 9;
            var end = value.IndexOf(';', start);
            end = end < 0 ? value.Length : end;
            if (end > start)
            {
                yield return (start, end - start, "connection string password", "ConnectionStringPassword");
            }
        }
    }
}
