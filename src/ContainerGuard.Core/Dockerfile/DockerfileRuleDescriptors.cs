using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Dockerfile;

/// <summary>CG4xxx: Dockerfile rules. Ids are stable; titles and descriptions feed the catalogue and docs.</summary>
public static class DockerfileRuleDescriptors
{
    // registry
    public static readonly RuleDescriptor ImageFromDockerHub = new(
        "CG4001", "Base image pulled from Docker Hub", Concern.Registry, Severity.Warning, Surface.Dockerfile,
        "FROM names an image on Docker Hub (written or implied). Pull base images from a private registry such as Azure Container Registry, importing the public image there.");

    public static readonly RuleDescriptor ImageFromPublicRegistry = new(
        "CG4002", "Base image pulled from a public registry", Concern.Registry, Severity.Info, Surface.Dockerfile,
        "FROM names an image on a public registry (mcr.microsoft.com, ghcr.io, quay.io…). Consider a mirror in a private registry.");

    public static readonly RuleDescriptor RegistryNotApproved = new(
        "CG4003", "Base image registry not on the approved list", Concern.Registry, Severity.Warning, Surface.Dockerfile,
        "FROM names a registry that is not in the configured approved registries.");

    public static readonly RuleDescriptor BaseImageNotApproved = new(
        "CG4004", "Base image not on the approved list", Concern.Registry, Severity.Warning, Surface.Dockerfile,
        "FROM names an image that is not one of the configured approved base images.");

    // pinning
    public static readonly RuleDescriptor MovingTag = new(
        "CG4010", "Base image without a tag or with 'latest'", Concern.Pinning, Severity.Warning, Surface.Dockerfile,
        "An image without a tag or tagged 'latest' changes under you. Use a version tag, and a digest for reproducible builds.");

    public static readonly RuleDescriptor MissingDigest = new(
        "CG4011", "Base image not pinned by digest", Concern.Pinning, Severity.Info, Surface.Dockerfile,
        "A tag can be moved to other content. Pin the image with @sha256:… (tools such as Dependabot keep digests current).");

    // minimal base, end of life
    public static readonly RuleDescriptor NonMinimalBase = new(
        "CG4020", "Final image on a full distribution", Concern.MinimalBase, Severity.Warning, Surface.Dockerfile,
        "The final stage is based on a full distribution (ubuntu, debian, centos…). Use a minimal base: alpine, distroless, chiseled, azurelinux distroless, wolfi or scratch.");

    public static readonly RuleDescriptor EndOfLifeBase = new(
        "CG4021", "Base image distribution past end of life", Concern.Eol, Severity.Warning, Surface.Dockerfile,
        "The base image's operating system release no longer gets security fixes. Move to a supported release.");

    public static readonly RuleDescriptor EndOfLifeRuntime = new(
        "CG4022", "Runtime in the base image past end of life", Concern.Eol, Severity.Warning, Surface.Dockerfile,
        "The base image ships a runtime (.NET, Node.js, Python…) version that no longer gets security fixes. Move to a supported version.");

    // root
    public static readonly RuleDescriptor RootUser = new(
        "CG4030", "Final stage switches to root", Concern.Root, Severity.Warning, Surface.Dockerfile,
        "The last USER of the final stage is root (root, 0, root:…). Switch to a non-root user before the entrypoint.");

    public static readonly RuleDescriptor NoUser = new(
        "CG4031", "Final stage runs as root by default", Concern.Root, Severity.Warning, Surface.Dockerfile,
        "The final stage sets no USER and its base image runs as root. Add a USER with a non-root user, or use a base that already runs as non-root (chiseled, distroless nonroot).");

    // secrets
    public static readonly RuleDescriptor SecretInEnvOrArg = new(
        "CG4040", "Secret in ENV or ARG", Concern.Secret, Severity.Error, Surface.Dockerfile,
        "A credential is written into the Dockerfile and stays in the image or its history. Use a build secret (RUN --mount=type=secret) or provide it at run time.");

    public static readonly RuleDescriptor SecretInRun = new(
        "CG4041", "Secret in a RUN command", Concern.Secret, Severity.Error, Surface.Dockerfile,
        "A credential is written into a RUN command and stays in the image history. Use RUN --mount=type=secret.");

    public static readonly RuleDescriptor SecretInBuildArg = new(
        "CG4042", "ARG used for a secret", Concern.SecretExposure, Severity.Warning, Surface.Dockerfile,
        "Build arguments are recorded in the image history (docker history). Pass secrets with RUN --mount=type=secret instead.");

    public static readonly RuleDescriptor SecretPersistedInEnv = new(
        "CG4043", "Secret persisted in the image through ENV", Concern.SecretExposure, Severity.Warning, Surface.Dockerfile,
        "ENV copies a credential (from a build argument) into every container of the image. Provide it at run time from a secret store.");

    // remote source
    public static readonly RuleDescriptor AddFromUrl = new(
        "CG4050", "ADD downloads from a URL without a checksum", Concern.RemoteSource, Severity.Warning, Surface.Dockerfile,
        "ADD <url> pulls unverified content into the image. Add --checksum=sha256:…, or download in a RUN step and verify the checksum.");

    public static readonly RuleDescriptor PipeToShell = new(
        "CG4051", "Remote script piped into a shell", Concern.RemoteSource, Severity.Warning, Surface.Dockerfile,
        "curl/wget … | sh runs whatever the server sends. Download, verify a checksum or signature, then run.");

    // tls
    public static readonly RuleDescriptor TlsVerificationDisabled = new(
        "CG4052", "TLS or signature verification switched off", Concern.Tls, Severity.Warning, Surface.Dockerfile,
        "A download or package install skips certificate or signature checks (curl -k, --no-check-certificate, --allow-untrusted, NODE_TLS_REJECT_UNAUTHORIZED=0…). Remove the switch and trust the right CA instead.");

    // attack surface, permissions
    public static readonly RuleDescriptor SshServer = new(
        "CG4060", "SSH server installed in the image", Concern.AttackSurface, Severity.Warning, Surface.Dockerfile,
        "An SSH daemon in a container is an extra way in. Use docker exec / az container exec for access.");

    public static readonly RuleDescriptor ExposeSsh = new(
        "CG4061", "Port 22 exposed", Concern.AttackSurface, Severity.Warning, Surface.Dockerfile,
        "EXPOSE 22 publishes SSH. Containers should not need it.");

    public static readonly RuleDescriptor Sudo = new(
        "CG4062", "sudo used or installed", Concern.AttackSurface, Severity.Warning, Surface.Dockerfile,
        "sudo installed in the image, or run by a non-root user, lets that user become root again. Run privileged steps as root during the build and drop to a user afterwards; root dropping privileges with sudo -u is not reported.");

    public static readonly RuleDescriptor AptRecommends = new(
        "CG4063", "apt-get install without --no-install-recommends", Concern.AttackSurface, Severity.Info, Surface.Dockerfile,
        "Recommended packages add software the container does not need. Add --no-install-recommends.");

    public static readonly RuleDescriptor PackageCacheKept = new(
        "CG4064", "Package manager cache left in the image", Concern.AttackSurface, Severity.Info, Surface.Dockerfile,
        "The package index/cache stays in the layer. Remove it in the same RUN (rm -rf /var/lib/apt/lists/*, apk --no-cache, dnf clean all).");

    public static readonly RuleDescriptor WorldWritable = new(
        "CG4070", "World-writable permissions", Concern.Permissions, Severity.Warning, Surface.Dockerfile,
        "chmod 777 / a+w / o+w lets any user in the container change the files. Grant only what the app user needs.");

    public static readonly RuleDescriptor[] All =
    {
        ImageFromDockerHub, ImageFromPublicRegistry, RegistryNotApproved, BaseImageNotApproved,
        MovingTag, MissingDigest,
        NonMinimalBase, EndOfLifeBase, EndOfLifeRuntime,
        RootUser, NoUser,
        SecretInEnvOrArg, SecretInRun, SecretInBuildArg, SecretPersistedInEnv,
        AddFromUrl, PipeToShell, TlsVerificationDisabled,
        SshServer, ExposeSsh, Sudo, AptRecommends, PackageCacheKept, WorldWritable,
    };
}
