namespace ContainerGuard.Catalog;

/// <summary>
/// CG3xxx: the analyzers for Docker.DotNet and Docker.DotNet.Enhanced. Ids are constants because the analyzers build
/// their Roslyn descriptors from them (release tracking reads constants).
/// </summary>
public static class DockerDotNetRuleDescriptors
{
    public const string RegistryPasswordId = "CG3001";
    public const string EnvironmentSecretId = "CG3002";
    public const string PlainTcpEndpointId = "CG3003";
    public const string HostNetworkId = "CG3010";
    public const string PublishAllPortsId = "CG3011";
    public const string PrivilegedId = "CG3020";
    public const string AddedCapabilityId = "CG3021";
    public const string WeakSecurityOptionId = "CG3022";
    public const string HostNamespaceId = "CG3023";
    public const string HostPathMountId = "CG3024";
    public const string HostDeviceId = "CG3025";
    public const string RunAsRootId = "CG3026";
    public const string ImageFromDockerHubId = "CG3030";
    public const string ImageFromPublicRegistryId = "CG3031";
    public const string RegistryNotApprovedId = "CG3032";
    public const string ImageNotApprovedId = "CG3033";
    public const string MovingTagId = "CG3034";
    public const string MissingDigestId = "CG3035";
    public const string FullDistributionId = "CG3036";
    public const string EndOfLifeId = "CG3037";

    // secrets and transport
    public static readonly RuleDescriptor RegistryPassword = new(
        RegistryPasswordId, "Hard-coded registry credential in AuthConfig", Concern.Secret, Severity.Warning, Surface.DockerDotNet,
        "AuthConfig.Password, Auth, IdentityToken or RegistryToken receives a literal secret. Read it at run time (a secret store, the Docker credential helper) and prefer short-lived tokens.");

    public static readonly RuleDescriptor EnvironmentSecret = new(
        EnvironmentSecretId, "Secret written into the environment of a container", Concern.Secret, Severity.Warning, Surface.DockerDotNet,
        "An Env entry (NAME=value) of a container or exec carries a literal secret, visible to anyone who can inspect the container. Pass it at run time from a secret store, or as a mounted secret file.");

    public static readonly RuleDescriptor PlainTcpEndpoint = new(
        PlainTcpEndpointId, "Docker API reached over plain TCP without TLS", Concern.Tls, Severity.Warning, Surface.DockerDotNet,
        "The client talks to a remote Docker engine over tcp:// or http:// without TLS credentials: anyone on the network can read and drive the engine, which is root on its host. Use TLS with client certificates, or SSH.");

    // network
    public static readonly RuleDescriptor HostNetwork = new(
        HostNetworkId, "Container shares the network of its host", Concern.Network, Severity.Warning, Surface.DockerDotNet,
        "HostConfig.NetworkMode = \"host\" removes network isolation: the container sees every host interface and local service. Use a bridge or user-defined network and publish only the ports needed.");

    public static readonly RuleDescriptor PublishAllPorts = new(
        PublishAllPortsId, "Every exposed port published on the host", Concern.Network, Severity.Warning, Surface.DockerDotNet,
        "HostConfig.PublishAllPorts = true binds every port the image exposes to all host interfaces. Publish the ports needed with PortBindings, bound to 127.0.0.1 where only the host needs them.");

    // privilege
    public static readonly RuleDescriptor Privileged = new(
        PrivilegedId, "Privileged container", Concern.Privileged, Severity.Warning, Surface.DockerDotNet,
        "HostConfig.Privileged = true gives the container every capability and the host's devices: root in it is root on the host. Remove it and add only the capability needed, if any.");

    public static readonly RuleDescriptor AddedCapability = new(
        AddedCapabilityId, "Container adds Linux capabilities", Concern.Privileged, Severity.Warning, Surface.DockerDotNet,
        "HostConfig.CapAdd adds capabilities beyond Docker's default set (SYS_ADMIN, NET_ADMIN, ALL…). Add none, and drop the rest with CapDrop = [\"ALL\"].");

    public static readonly RuleDescriptor WeakSecurityOption = new(
        WeakSecurityOptionId, "Security option switches a protection off", Concern.Privileged, Severity.Warning, Surface.DockerDotNet,
        "HostConfig.SecurityOpt contains seccomp=unconfined, apparmor=unconfined, label=disable, systempaths=unconfined or no-new-privileges=false. Keep the default profiles and add no-new-privileges:true.");

    public static readonly RuleDescriptor HostNamespace = new(
        HostNamespaceId, "Container shares a host namespace", Concern.Privileged, Severity.Warning, Surface.DockerDotNet,
        "PidMode, IpcMode, UTSMode, UsernsMode or CgroupnsMode \"host\" gives the container the host's processes, shared memory, hostname, users or cgroups. Leave them unset.");

    public static readonly RuleDescriptor HostPathMount = new(
        HostPathMountId, "Container mounts the Docker socket or a host system path", Concern.Privileged, Severity.Warning, Surface.DockerDotNet,
        "Binds or Mounts give the container the Docker socket (full control of the host), the host's root or a system directory (/etc, /proc, /sys…). Mount only application data, read-only where possible.");

    public static readonly RuleDescriptor HostDevice = new(
        HostDeviceId, "Container gets host devices", Concern.Privileged, Severity.Warning, Surface.DockerDotNet,
        "HostConfig.Devices passes host devices into the container, which can then read or write them directly. Pass none unless the workload is a device driver, and never disks.");

    public static readonly RuleDescriptor RunAsRoot = new(
        RunAsRootId, "Container runs as root", Concern.Root, Severity.Warning, Surface.DockerDotNet,
        "The container's User is root (or uid 0). Run as a non-root user (User = \"1000:1000\" or a named user of the image).");

    // images
    public static readonly RuleDescriptor ImageFromDockerHub = new(
        ImageFromDockerHubId, "Container image pulled from Docker Hub", Concern.Registry, Severity.Warning, Surface.DockerDotNet,
        "A container is created from, or the client pulls, an image from Docker Hub (written or implied). Import it into a private registry and use that.");

    public static readonly RuleDescriptor ImageFromPublicRegistry = new(
        ImageFromPublicRegistryId, "Container image pulled from a public registry", Concern.Registry, Severity.Info, Surface.DockerDotNet,
        "A container is created from, or the client pulls, an image from a public registry (mcr.microsoft.com, ghcr.io, quay.io…). Consider a mirror in a private registry.");

    public static readonly RuleDescriptor RegistryNotApproved = new(
        RegistryNotApprovedId, "Container image registry not on the approved list", Concern.Registry, Severity.Warning, Surface.DockerDotNet,
        "A container is created from, or the client pulls, an image from a registry that is not in the configured approved registries.");

    public static readonly RuleDescriptor ImageNotApproved = new(
        ImageNotApprovedId, "Container image not on the approved list", Concern.Registry, Severity.Warning, Surface.DockerDotNet,
        "A container is created from, or the client pulls, an image that is not one of the configured approved images.");

    public static readonly RuleDescriptor MovingTag = new(
        MovingTagId, "Container image without a tag or with 'latest'", Concern.Pinning, Severity.Warning, Surface.DockerDotNet,
        "An image without a tag or tagged 'latest' changes under you. Use a version tag, and a digest for reproducible runs.");

    public static readonly RuleDescriptor MissingDigest = new(
        MissingDigestId, "Container image not pinned by digest", Concern.Pinning, Severity.Info, Surface.DockerDotNet,
        "A tag can be moved to other content. Pin the image with @sha256:….");

    public static readonly RuleDescriptor FullDistribution = new(
        FullDistributionId, "Container image on a full distribution", Concern.MinimalBase, Severity.Warning, Surface.DockerDotNet,
        "The image is a full distribution (ubuntu, debian, centos…) with a shell and packages the application does not need. Run a minimal image (alpine, distroless, chiseled, Wolfi).");

    public static readonly RuleDescriptor EndOfLife = new(
        EndOfLifeId, "Container image past end of life", Concern.Eol, Severity.Warning, Surface.DockerDotNet,
        "The image's operating system release or runtime no longer gets security fixes. Move to a supported version.");

    public static readonly RuleDescriptor[] All =
    {
        RegistryPassword, EnvironmentSecret, PlainTcpEndpoint,
        HostNetwork, PublishAllPorts,
        Privileged, AddedCapability, WeakSecurityOption, HostNamespace, HostPathMount, HostDevice, RunAsRoot,
        ImageFromDockerHub, ImageFromPublicRegistry, RegistryNotApproved, ImageNotApproved, MovingTag, MissingDigest, FullDistribution, EndOfLife,
    };
}
