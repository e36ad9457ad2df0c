using System;

namespace ContainerGuard.Secrets;

/// <summary>What kind of secret a <see cref="SecretMatch"/> is. Stable names: surfaces show <see cref="SecretKinds.ToDisplayName"/>.</summary>
public enum SecretKind
{
    /// <summary><c>Password=…</c> or <c>Pwd=…</c> in a connection string.</summary>
    ConnectionStringPassword,

    /// <summary><c>AccountKey=…</c> in an Azure Storage connection string.</summary>
    ConnectionStringAccountKey,

    /// <summary><c>SharedAccessKey=…</c> in a Service Bus / Event Hubs / IoT Hub connection string.</summary>
    ConnectionStringSharedAccessKey,

    /// <summary>A shared access signature: <c>sig=…</c> in a SAS URL or <c>SharedAccessSignature=…</c>.</summary>
    SharedAccessSignature,

    /// <summary>The password of <c>scheme://user:password@host</c>.</summary>
    UriPassword,

    /// <summary>A PEM private key block (<c>-----BEGIN … PRIVATE KEY-----</c>).</summary>
    PrivateKey,

    /// <summary>A JSON Web Token (three base64url parts, a header with <c>"alg"</c>).</summary>
    JsonWebToken,

    /// <summary>An 88-character base64 key ending in <c>==</c>: the shape of an Azure Storage account key.</summary>
    StorageAccountKey,

    /// <summary><c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>.</summary>
    GitHubToken,

    /// <summary><c>npm_</c> and 36 characters.</summary>
    NpmToken,

    /// <summary><c>dckr_pat_</c>: a Docker Hub personal access token.</summary>
    DockerHubToken,

    /// <summary><c>xoxb-</c>, <c>xoxa-</c>, <c>xoxp-</c>, <c>xoxr-</c>, <c>xoxs-</c>.</summary>
    SlackToken,

    /// <summary><c>AKIA…</c>/<c>ASIA…</c>: an AWS access key id (half of a key pair).</summary>
    AwsAccessKeyId,

    /// <summary>A 40-character AWS secret access key after an <c>aws_secret_access_key</c>-like key.</summary>
    AwsSecretAccessKey,

    /// <summary><c>AIza…</c>: a Google API key.</summary>
    GoogleApiKey,

    /// <summary>The shape of an Entra ID (Azure AD) client secret: <c>xxx8Q~…</c>, 40 characters.</summary>
    AzureClientSecret,

    /// <summary><c>sk_live_</c>/<c>rk_live_</c>: a Stripe live key.</summary>
    StripeLiveKey,

    /// <summary><c>SG.x.y</c>: a SendGrid API key.</summary>
    SendGridApiKey,

    /// <summary><c>Basic &lt;base64 of user:password&gt;</c>.</summary>
    BasicAuthorization,

    /// <summary><c>Bearer &lt;token&gt;</c>.</summary>
    BearerToken,

    /// <summary>A plausible secret value given to a credential-like name (<c>DB_PASSWORD=…</c>).</summary>
    CredentialAssignment,

    /// <summary><c>glpat-</c> and 20 characters: a GitLab personal access token.</summary>
    GitLabToken,
}

/// <summary>How sure the detector is. Surfaces may map this to severity; the Dockerfile rules report every level.</summary>
public enum SecretConfidence
{
    /// <summary>The shape fits but ordinary values have it too (e.g. a bearer token of unknown format).</summary>
    Low = 1,

    /// <summary>A known shape without a distinctive prefix (storage key, client secret shape), or a credential name with a short value.</summary>
    Medium = 2,

    /// <summary>A distinctive format (prefix, PEM block, connection-string key, URL password).</summary>
    High = 3,
}

public static class SecretKinds
{
    /// <summary>A short human name for messages ("GitHub token"). Never includes the value. Prefix tokens are named in their <see cref="TokenFormat"/> row.</summary>
    public static string ToDisplayName(this SecretKind kind) => kind switch
    {
        SecretKind.ConnectionStringPassword => "connection string password",
        SecretKind.ConnectionStringAccountKey => "connection string account key",
        SecretKind.ConnectionStringSharedAccessKey => "connection string shared access key",
        SecretKind.SharedAccessSignature => "shared access signature",
        SecretKind.UriPassword => "credentials in a URL",
        SecretKind.PrivateKey => "private key",
        SecretKind.JsonWebToken => "JSON web token",
        SecretKind.StorageAccountKey => "storage account key",
        SecretKind.AwsSecretAccessKey => "AWS secret access key",
        SecretKind.AzureClientSecret => "Azure AD client secret",
        SecretKind.BasicAuthorization => "Basic authorization credentials",
        SecretKind.BearerToken => "bearer token",
        SecretKind.CredentialAssignment => "credential-like name",
        _ => TokenFormat.DisplayNameOf(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Ranks overlapping matches: a distinctive token format beats the generic container it sits in.</summary>
    internal static int Specificity(this SecretKind kind) => kind switch
    {
        SecretKind.CredentialAssignment => 0,
        SecretKind.BearerToken => 1,
        SecretKind.BasicAuthorization => 2,
        SecretKind.UriPassword => 3,
        SecretKind.ConnectionStringPassword => 4,
        SecretKind.StorageAccountKey => 5,
        SecretKind.AzureClientSecret => 5,
        SecretKind.ConnectionStringAccountKey => 6,
        SecretKind.ConnectionStringSharedAccessKey => 6,
        SecretKind.SharedAccessSignature => 6,
        _ => 10,
    };
}

/// <summary>
/// One secret found in a value: its kind and where it is (<see cref="Start"/>/<see cref="Length"/> within the
/// analysed string, covering only the secret part). Holds no copy of the secret.
/// </summary>
public readonly struct SecretMatch : IEquatable<SecretMatch>
{
    public SecretMatch(SecretKind kind, int start, int length, SecretConfidence confidence, string? name = null)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Confidence = confidence;
        Name = name;
    }

    public SecretKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public SecretConfidence Confidence { get; }

    /// <summary>For <see cref="SecretKind.CredentialAssignment"/>: the credential-like name the value was given to.</summary>
    public string? Name { get; }

    /// <summary>"GitHub token", or "credential-like name 'DbPassword'". Safe for messages: never the value.</summary>
    public string Description => Kind == SecretKind.CredentialAssignment && Name != null
        ? "credential-like name '" + Name + "'"
        : Kind.ToDisplayName();

    public bool Equals(SecretMatch other)
        => Kind == other.Kind && Start == other.Start && Length == other.Length && Confidence == other.Confidence && Name == other.Name;

    public override bool Equals(object? obj) => obj is SecretMatch other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ (Start * 31) ^ Length;

    /// <summary>Kind and position only: safe to print in test output.</summary>
    public override string ToString() => $"{Kind} [{Start}..{End}) {Confidence}";
}
