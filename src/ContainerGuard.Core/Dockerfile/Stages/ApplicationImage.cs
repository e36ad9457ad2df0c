using System.Collections.Generic;

namespace ContainerGuard.Dockerfile.Stages;

/// <summary>
/// Whether a final stage chain builds an APPLICATION image rather than a base image. Base-image Dockerfiles
/// (docker-library/python, nodejs/docker-node, dotnet/dotnet-docker) end with no command or with just an
/// interpreter or shell (<c>CMD ["python3"]</c>, <c>CMD ["node"]</c> behind docker-entrypoint.sh,
/// <c>CMD ["bash"]</c>): their distribution and user are chosen for the images built on them. Dev containers
/// kept alive with <c>sleep infinity</c> or <c>tail -f /dev/null</c> (behind <c>tini --</c> or an init script as
/// well) run no application either. What the container starts is <see cref="StartCommand"/>'s call; servers named
/// like interpreters (<c>php-fpm</c>) are applications.
/// </summary>
internal static class ApplicationImage
{
    /// <summary>The chain's ENTRYPOINT/CMD starts something other than a bare interpreter, a shell or a keep-alive.</summary>
    public static bool HasApplicationCommand(DockerfileStage final)
        => StartCommand.Classify(final) == StartKind.Application;

    /// <summary>
    /// An application command (<see cref="HasApplicationCommand"/>) and application content: any COPY/ADD in
    /// the chain, or a known runtime image underneath (<paramref name="builtOnRuntime"/>).
    /// </summary>
    public static bool LooksLikeApplication(DockerfileStage final, bool builtOnRuntime)
        => HasApplicationCommand(final) && (builtOnRuntime || Copies(StageChains.Of(final)));

    private static bool Copies(IReadOnlyList<DockerfileStage> chain)
    {
        foreach (var stage in chain)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CopyInstruction)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
