using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Project;

/// <summary>CG6xxx: the .NET SDK's container-publish properties in project files.</summary>
public static class ProjectRuleDescriptors
{
    public static readonly RuleDescriptor BaseImageFromDockerHub = new(
        "CG6001", "ContainerBaseImage pulled from Docker Hub", Concern.Registry, Severity.Warning, Surface.ProjectFile,
        "The SDK-built image's base comes from Docker Hub. Mirror it into a private registry such as Azure Container Registry.");

    public static readonly RuleDescriptor BaseImageFromPublicRegistry = new(
        "CG6002", "ContainerBaseImage pulled from a public registry", Concern.Registry, Severity.Info, Surface.ProjectFile,
        "The SDK-built image's base comes from a public registry. Consider mirroring it into a private registry.");

    public static readonly RuleDescriptor RegistryNotApproved = new(
        "CG6003", "Container registry not on the approved list", Concern.Registry, Severity.Warning, Surface.ProjectFile,
        "ContainerBaseImage or ContainerRegistry names a registry that is not in the configured approved registries.");

    public static readonly RuleDescriptor BaseImageNotApproved = new(
        "CG6004", "ContainerBaseImage not on the approved base-image list", Concern.Registry, Severity.Warning, Surface.ProjectFile,
        "The SDK-built image's base is not one of the configured approved base images.");

    public static readonly RuleDescriptor PushToPublicRegistry = new(
        "CG6005", "Container image pushed to a public registry", Concern.Registry, Severity.Info, Surface.ProjectFile,
        "ContainerRegistry names a public registry service (Docker Hub, GHCR, Quay…): the published image leaves the team's own registry. Right for images published on purpose; otherwise push to a private registry such as Azure Container Registry.");

    public static readonly RuleDescriptor MovingTag = new(
        "CG6010", "Container image uses a moving or missing tag", Concern.Pinning, Severity.Warning, Surface.ProjectFile,
        "ContainerBaseImage without a tag, or ContainerImageTag(s) of 'latest', cannot be traced to one build. Use a version tag or a digest.");

    public static readonly RuleDescriptor NonMinimalFamily = new(
        "CG6020", "SDK container image on a full distribution", Concern.MinimalBase, Severity.Warning, Surface.ProjectFile,
        "The resolved base image is a full distribution. Set ContainerFamily to a minimal one (alpine, noble-chiseled, azurelinux3.0-distroless).");

    public static readonly RuleDescriptor EndOfLifeBase = new(
        "CG6021", "SDK container base image past end of life", Concern.Eol, Severity.Warning, Surface.ProjectFile,
        "The base image the SDK resolves (from ContainerBaseImage or the target framework) is past its end of life and gets no security fixes.");

    public static readonly RuleDescriptor SecretInEnvironmentVariable = new(
        "CG6040", "Secret in a container environment variable", Concern.Secret, Severity.Error, Surface.ProjectFile,
        "A ContainerEnvironmentVariable item gives a credential a literal value; the SDK writes it into the image configuration, where anyone who can pull the image reads it. Provide it when the container starts.");

    public static readonly RuleDescriptor RootUser = new(
        "CG6030", "SDK container runs as root", Concern.Root, Severity.Warning, Surface.ProjectFile,
        "ContainerUser is root (or 0). Leave it unset on .NET 8+ images (they run as 'app') or name a non-root user.");

    public static readonly RuleDescriptor[] All =
    {
        BaseImageFromDockerHub, BaseImageFromPublicRegistry, RegistryNotApproved, BaseImageNotApproved, PushToPublicRegistry,
        MovingTag, NonMinimalFamily, EndOfLifeBase, RootUser, SecretInEnvironmentVariable,
    };
}
