using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Stages;

/// <summary>The USER instructions of a stage chain (whether a user is root is <see cref="Containers.ContainerUsers"/>' call).</summary>
internal static class StageUsers
{
    /// <summary>The last USER of the chain (final stage first, then the stages it builds on), with its user word.</summary>
    public static (Instruction Instruction, LogicalWord Word)? Last(IReadOnlyList<DockerfileStage> chain)
    {
        for (int s = chain.Count - 1; s >= 0; s--)
        {
            var instructions = chain[s].Instructions;
            for (int i = instructions.Count - 1; i >= 0; i--)
            {
                if (instructions[i] is WordsInstruction { Keyword: "USER" } user && user.Words.Count > 0)
                {
                    return (user, user.Words[0]);
                }
            }
        }

        return null;
    }
}
