using System;

namespace ContainerGuard.Catalog;

/// <summary>The practice concern a rule checks. Every rule carries exactly one (see DESIGN.md).</summary>
public enum Concern
{
    Registry,
    Pinning,
    MinimalBase,
    Eol,
    Root,
    Privileged,
    Secret,
    SecretExposure,
    RemoteSource,
    AttackSurface,
    Permissions,
    Network,
    RegistryAuth,
    ContentTrust,
    AuditLogging,
    Tls,
    Rbac,
    Tool,
}

public static class ConcernTags
{
    /// <summary>The stable tag of a concern, as the catalogue, SARIF and docs show it.</summary>
    public static string ToTag(this Concern concern) => concern switch
    {
        Concern.Registry => "registry",
        Concern.Pinning => "pinning",
        Concern.MinimalBase => "minimal-base",
        Concern.Eol => "eol",
        Concern.Root => "root",
        Concern.Privileged => "privileged",
        Concern.Secret => "secret",
        Concern.SecretExposure => "secret-exposure",
        Concern.RemoteSource => "remote-source",
        Concern.AttackSurface => "attack-surface",
        Concern.Permissions => "permissions",
        Concern.Network => "network",
        Concern.RegistryAuth => "registry-auth",
        Concern.ContentTrust => "content-trust",
        Concern.AuditLogging => "audit-logging",
        Concern.Tls => "tls",
        Concern.Rbac => "rbac",
        Concern.Tool => "tool",
        _ => throw new ArgumentOutOfRangeException(nameof(concern)),
    };
}
