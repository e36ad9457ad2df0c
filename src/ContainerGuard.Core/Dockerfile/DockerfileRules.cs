using System.Collections.Generic;
using ContainerGuard.Dockerfile.Rules;

namespace ContainerGuard.Dockerfile;

/// <summary>The registered Dockerfile rules, in the order they run.</summary>
public static class DockerfileRules
{
    public static readonly IReadOnlyList<DockerfileRule> All = new DockerfileRule[]
    {
        // secrets
        new SecretInEnvOrArgRule(),
        new SecretInRunRule(),
        new SecretInBuildArgRule(),
        new SecretPersistedInEnvRule(),

        // registry, pinning
        new RegistryRule(),
        new ApprovedBaseImageRule(),
        new ImagePinningRule(),

        // minimal base, end of life
        new MinimalBaseRule(),
        new EndOfLifeRule(),

        // root
        new RootUserRule(),
        new NoUserRule(),
    };
}
