namespace ContainerGuard.Catalog;

/// <summary>
/// CG2xxx: the analyzers for the Azure Container Instances management SDK (<c>Azure.ResourceManager.ContainerInstance</c>).
/// Ids are constants because the analyzers build their Roslyn descriptors from them (release tracking reads constants).
/// </summary>
public static class ContainerInstanceRuleDescriptors
{
    public const string SecretEnvironmentVariableId = "CG2001";
    public const string LiteralSecretId = "CG2002";
    public const string ExtensionSettingsSecretId = "CG2003";
    public const string RegistryPasswordId = "CG2004";
    public const string PublicIpAddressId = "CG2010";
    public const string UnsecureDnsLabelReuseId = "CG2011";
    public const string PublicAdministrationPortId = "CG2012";
    public const string PrivilegedId = "CG2020";
    public const string PrivilegeEscalationId = "CG2021";
    public const string AddedCapabilityId = "CG2022";
    public const string RunAsRootId = "CG2023";
    public const string ImageFromDockerHubId = "CG2030";
    public const string ImageFromPublicRegistryId = "CG2031";
    public const string RegistryNotApprovedId = "CG2032";
    public const string ImageNotApprovedId = "CG2033";
    public const string MovingTagId = "CG2034";
    public const string MissingDigestId = "CG2035";
    public const string FullDistributionId = "CG2036";
    public const string EndOfLifeId = "CG2037";
    public const string NoLogAnalyticsId = "CG2040";

    // secrets
    public static readonly RuleDescriptor SecretEnvironmentVariable = new(
        SecretEnvironmentVariableId, "Secret environment variable set with a plain Value", Concern.SecretExposure, Severity.Warning, Surface.ContainerInstanceSdk,
        "A ContainerEnvironmentVariable whose name says it holds a credential is given Value, which anyone who can read the container group sees in plain text. Use SecureValue, or SecureValueReference to a Key Vault secret.");

    public static readonly RuleDescriptor LiteralSecret = new(
        LiteralSecretId, "Hard-coded secret in a container group definition", Concern.Secret, Severity.Warning, Surface.ContainerInstanceSdk,
        "A secure environment value, registry password, storage account key, Log Analytics workspace key or secret volume receives a literal secret. Read it at run time (Key Vault, configuration) or use the matching reference property.");

    public static readonly RuleDescriptor ExtensionSettingsSecret = new(
        ExtensionSettingsSecretId, "Secret in the public settings of a container group extension", Concern.SecretExposure, Severity.Warning, Surface.ContainerInstanceSdk,
        "DeploymentExtensionSpec.Settings carries a credential. Public settings are stored and returned in plain text; put secrets in ProtectedSettings.");

    public static readonly RuleDescriptor RegistryPassword = new(
        RegistryPasswordId, "Image registry credential uses a password instead of a managed identity", Concern.RegistryAuth, Severity.Warning, Surface.ContainerInstanceSdk,
        "A ContainerGroupImageRegistryCredential authenticates with a user name and password. Give the container group a managed identity with the AcrPull role and set Identity instead.");

    // network
    public static readonly RuleDescriptor PublicIpAddress = new(
        PublicIpAddressId, "Container group with a public IP address and no virtual network", Concern.Network, Severity.Warning, Surface.ContainerInstanceSdk,
        "The container group's IP address type is Public and it has no SubnetIds, so its ports are reachable from the internet. Deploy into a virtual network subnet and publish through a gateway.");

    public static readonly RuleDescriptor UnsecureDnsLabelReuse = new(
        UnsecureDnsLabelReuseId, "DNS name label reuse policy Unsecure", Concern.Network, Severity.Warning, Surface.ContainerInstanceSdk,
        "With the Unsecure reuse policy anyone can claim the container group's DNS name once it is released (subdomain takeover). Use TenantReuse, SubscriptionReuse, ResourceGroupReuse or NoReuse.");

    public static readonly RuleDescriptor PublicAdministrationPort = new(
        PublicAdministrationPortId, "Administration port open on a public IP address", Concern.Network, Severity.Warning, Surface.ContainerInstanceSdk,
        "A remote-administration port (SSH 22, RDP 3389, the Docker API, WinRM…) is opened on the container group's public IP address. Remove it, or reach the container through a virtual network.");

    // privilege
    public static readonly RuleDescriptor Privileged = new(
        PrivilegedId, "Privileged container", Concern.Privileged, Severity.Warning, Surface.ContainerInstanceSdk,
        "ContainerSecurityContextDefinition.IsPrivileged = true gives the container every capability and access to the host's devices. Leave it unset.");

    public static readonly RuleDescriptor PrivilegeEscalation = new(
        PrivilegeEscalationId, "Privilege escalation allowed", Concern.Privileged, Severity.Warning, Surface.ContainerInstanceSdk,
        "ContainerSecurityContextDefinition.AllowPrivilegeEscalation = true lets processes gain more privileges than their parent (setuid binaries). Set it to false.");

    public static readonly RuleDescriptor AddedCapability = new(
        AddedCapabilityId, "Container adds Linux capabilities", Concern.Privileged, Severity.Warning, Surface.ContainerInstanceSdk,
        "The security context adds capabilities beyond the runtime's default set (SYS_ADMIN, NET_ADMIN, ALL…). Add none; drop what the process does not need.");

    public static readonly RuleDescriptor RunAsRoot = new(
        RunAsRootId, "Container runs as root", Concern.Root, Severity.Warning, Surface.ContainerInstanceSdk,
        "ContainerSecurityContextDefinition.RunAsUser = 0 runs the container's processes as root. Use a non-root user id.");

    // images
    public static readonly RuleDescriptor ImageFromDockerHub = new(
        ImageFromDockerHubId, "Container image pulled from Docker Hub", Concern.Registry, Severity.Warning, Surface.ContainerInstanceSdk,
        "A container or init container runs an image from Docker Hub (written or implied). Import it into a private registry such as Azure Container Registry and run it from there.");

    public static readonly RuleDescriptor ImageFromPublicRegistry = new(
        ImageFromPublicRegistryId, "Container image pulled from a public registry", Concern.Registry, Severity.Info, Surface.ContainerInstanceSdk,
        "A container or init container runs an image from a public registry (mcr.microsoft.com, ghcr.io, quay.io…). Consider a mirror in a private registry.");

    public static readonly RuleDescriptor RegistryNotApproved = new(
        RegistryNotApprovedId, "Container image registry not on the approved list", Concern.Registry, Severity.Warning, Surface.ContainerInstanceSdk,
        "A container or init container runs an image from a registry that is not in the configured approved registries.");

    public static readonly RuleDescriptor ImageNotApproved = new(
        ImageNotApprovedId, "Container image not on the approved list", Concern.Registry, Severity.Warning, Surface.ContainerInstanceSdk,
        "A container or init container runs an image that is not one of the configured approved images.");

    public static readonly RuleDescriptor MovingTag = new(
        MovingTagId, "Container image without a tag or with 'latest'", Concern.Pinning, Severity.Warning, Surface.ContainerInstanceSdk,
        "An image without a tag or tagged 'latest' changes without a deployment. Use a version tag, and a digest for reproducible deployments.");

    public static readonly RuleDescriptor MissingDigest = new(
        MissingDigestId, "Container image not pinned by digest", Concern.Pinning, Severity.Info, Surface.ContainerInstanceSdk,
        "A tag can be moved to other content. Pin the image with @sha256:….");

    public static readonly RuleDescriptor FullDistribution = new(
        FullDistributionId, "Container image on a full distribution", Concern.MinimalBase, Severity.Warning, Surface.ContainerInstanceSdk,
        "The image is a full distribution (ubuntu, debian, centos…) with a shell and packages the application does not need. Run a minimal image (alpine, distroless, chiseled, Wolfi).");

    public static readonly RuleDescriptor EndOfLife = new(
        EndOfLifeId, "Container image past end of life", Concern.Eol, Severity.Warning, Surface.ContainerInstanceSdk,
        "The image's operating system release or runtime no longer gets security fixes. Move to a supported version.");

    // audit logging
    public static readonly RuleDescriptor NoLogAnalytics = new(
        NoLogAnalyticsId, "Container group created without Log Analytics diagnostics", Concern.AuditLogging, Severity.Warning, Surface.ContainerInstanceSdk,
        "A ContainerGroupData sent to CreateOrUpdate has no DiagnosticsLogAnalytics, so the containers' logs and events are not collected. Send them to a Log Analytics workspace.");

    public static readonly RuleDescriptor[] All =
    {
        SecretEnvironmentVariable, LiteralSecret, ExtensionSettingsSecret, RegistryPassword,
        PublicIpAddress, UnsecureDnsLabelReuse, PublicAdministrationPort,
        Privileged, PrivilegeEscalation, AddedCapability, RunAsRoot,
        ImageFromDockerHub, ImageFromPublicRegistry, RegistryNotApproved, ImageNotApproved, MovingTag, MissingDigest, FullDistribution, EndOfLife,
        NoLogAnalytics,
    };
}
