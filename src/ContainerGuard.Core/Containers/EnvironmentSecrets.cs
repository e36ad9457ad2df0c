using System;
using System.Collections.Generic;
using ContainerGuard.Secrets;

namespace ContainerGuard.Containers;

/// <summary>How a secret shows in an environment variable's value.</summary>
public enum EnvironmentSecretKind
{
    /// <summary>A known secret format anywhere in the value (a token, a connection string with a password…).</summary>
    KnownFormat,

    /// <summary>A credential-like name (<c>DB_PASSWORD</c>) given a plausible literal value.</summary>
    CredentialValue,

    /// <summary>A credential assignment inside the value (<c>JAVA_OPTS=-Ddb.password=…</c>).</summary>
    EmbeddedAssignment,
}

/// <summary>One secret in an environment variable's value. Positions are within the value; the value itself is never kept.</summary>
public sealed class EnvironmentSecret
{
    internal EnvironmentSecret(EnvironmentSecretKind kind, int start, int length, string description, string redacted)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Description = description;
        Redacted = redacted;
    }

    public EnvironmentSecretKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>What was found, for messages: "a GitHub token", "a credential ('password')". Never the value.</summary>
    public string Description { get; }

    /// <summary>The redacted form (<c>Tr0…(22 chars)</c>) that messages may show.</summary>
    public string Redacted { get; }
}

/// <summary>
/// Secrets in container environment variables, decided once for every surface that sets them (Dockerfile ENV,
/// Bicep/ARM <c>environmentVariables</c>, the ACI SDK's <c>ContainerEnvironmentVariable</c>, Docker.DotNet <c>Env</c>,
/// the engine's container config): the same detector, the same placeholders, the same redaction.
/// </summary>
public static class EnvironmentSecrets
{
    private static readonly IReadOnlyList<EnvironmentSecret> None = Array.Empty<EnvironmentSecret>();

    /// <summary>
    /// True when the variable's name says it holds a credential (<c>DB_PASSWORD</c>, <c>ApiKey</c>, names from
    /// <c>secretNames</c>), whatever its value: such a variable belongs in a secure value
    /// (<c>secureValue</c>, <c>SecureValue</c>), not a plain one. Names of files or settings that only point at a
    /// secret (<c>PASSWORD_FILE</c>) are judged by <see cref="CredentialNames"/>.
    /// </summary>
    public static bool HasCredentialName(string? name, CredentialNames names) => names.Match(name).IsMatch;

    /// <summary>The secrets written literally into <paramref name="value"/>, given to <paramref name="name"/>.</summary>
    public static IReadOnlyList<EnvironmentSecret> FindInValue(string? name, string? value, CredentialNames names)
    {
        if (value is null || value.Length == 0)
        {
            return None;
        }

        var formats = SecretDetector.Analyze(value);
        if (formats.Count > 0)
        {
            var found = new List<EnvironmentSecret>(formats.Count);
            foreach (var match in formats)
            {
                found.Add(new EnvironmentSecret(EnvironmentSecretKind.KnownFormat, match.Start, match.Length, match.Description,
                    SecretRedactor.Redact(value, match.Start, match.Length)));
            }

            return found;
        }

        var nameMatch = names.Match(name);
        if (!nameMatch.IsMatch)
        {
            var assignments = SecretDetector.FindCredentialAssignments(value, names);
            if (assignments.Count == 0)
            {
                return None;
            }

            var found = new List<EnvironmentSecret>(assignments.Count);
            foreach (var match in assignments)
            {
                found.Add(new EnvironmentSecret(EnvironmentSecretKind.EmbeddedAssignment, match.Start, match.Length,
                    $"a credential ('{match.Name}')", SecretRedactor.Redact(value, match.Start, match.Length)));
            }

            return found;
        }

        if (SecretValueClassifier.Classify(value, nameMatch) != SecretValueKind.Plausible)
        {
            return None;
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

        return new[]
        {
            new EnvironmentSecret(EnvironmentSecretKind.CredentialValue, start, end - start, $"a credential ('{nameMatch.Word}')",
                SecretRedactor.Redact(value.Substring(start, end - start))),
        };
    }

    /// <summary>Splits a Docker <c>NAME=value</c> entry; a bare <c>NAME</c> (taken from the client's environment) has no value.</summary>
    public static (string Name, string? Value, int ValueStart) SplitEntry(string entry)
    {
        int equals = entry.IndexOf('=');
        return equals < 0 ? (entry, null, entry.Length) : (entry.Substring(0, equals), entry.Substring(equals + 1), equals + 1);
    }
}
