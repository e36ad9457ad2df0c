using System.Collections.Generic;
using ContainerGuard.Dockerfile.Rules;

namespace ContainerGuard.Dockerfile;

/// <summary>The registered Dockerfile rules, in the order they run.</summary>
public static class DockerfileRules
{
    public static readonly IReadOnlyList<DockerfileRule> All = new DockerfileRule[]
    {
        // registry, pinning
        new CG4001ImageFromDockerHubRule(),
        new CG4002ImageFromPublicRegistryRule(),
        new CG4003RegistryNotApprovedRule(),
        new CG4004ApprovedBaseImageRule(),
        new CG4010MovingTagRule(),
        new CG4011MissingDigestRule(),

        // minimal base, end of life
        new CG4020MinimalBaseRule(),
        new CG4021EndOfLifeBaseRule(),
        new CG4022EndOfLifeRuntimeRule(),

        // root
        new CG4030RootUserRule(),
        new CG4031NoUserRule(),

        // secrets
        new CG4040SecretInEnvOrArgRule(),
        new CG4041SecretInRunRule(),
        new CG4042SecretInBuildArgRule(),
        new CG4043SecretPersistedInEnvRule(),

        // remote source, tls
        new CG4050AddFromUrlRule(),
        new CG4051PipeToShellRule(),
        new CG4052TlsVerificationDisabledRule(),

        // attack surface, permissions
        new CG4060SshServerRule(),
        new CG4061ExposeSshRule(),
        new CG4062SudoRule(),
        new CG4063AptRecommendsRule(),
        new CG4064PackageCacheRule(),
        new CG4070WorldWritableRule(),
    };
}
