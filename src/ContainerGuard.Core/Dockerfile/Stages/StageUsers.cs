using System.Collections.Generic;
using ContainerGuard.Containers;
using ContainerGuard.Images;
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
            var user = LastBefore(chain[s], chain[s].Instructions.Count);
            if (user != null)
            {
                return user;
            }
        }

        return null;
    }

    /// <summary>
    /// Who runs <paramref name="instruction"/>: a RUN as the user in effect at it (the last USER before it in its stage,
    /// else in the stages it builds on, else the base image's default user); a CMD, ENTRYPOINT or ONBUILD as the user
    /// the image ends with (USER applies to the container wherever it is written). An unresolved variable
    /// (<c>USER $USERNAME</c> without a value) counts as not root; a base image we do not know as root, as most images run.
    /// </summary>
    public static bool RunsAsRoot(DockerfileDocument document, Instruction instruction)
    {
        var stage = instruction.Stage;
        if (stage == null)
        {
            return true;
        }

        bool atRun = instruction.Keyword == "RUN";
        var chain = StageChains.Of(stage);
        (Instruction Instruction, LogicalWord Word)? user = null;
        for (int s = chain.Count - 1; s >= 0 && user == null; s--)
        {
            int end = atRun && ReferenceEquals(chain[s], stage) ? IndexOf(stage, instruction) : chain[s].Instructions.Count;
            user = LastBefore(chain[s], end);
        }

        if (user != null)
        {
            string? resolved = document.ScopeAt(user.Value.Instruction).Expand(user.Value.Word);
            return resolved != null && ContainerUsers.IsRoot(resolved);
        }

        var root = PulledImages.FromImage(document, chain[0]);
        return root == null || !BaseImagePolicy.RunsAsNonRootByDefault(root.Reference);
    }

    private static (Instruction Instruction, LogicalWord Word)? LastBefore(DockerfileStage stage, int end)
    {
        var instructions = stage.Instructions;
        for (int i = end - 1; i >= 0; i--)
        {
            if (instructions[i] is WordsInstruction { Keyword: "USER" } user && user.Words.Count > 0)
            {
                return (user, user.Words[0]);
            }
        }

        return null;
    }

    private static int IndexOf(DockerfileStage stage, Instruction instruction)
    {
        var instructions = stage.Instructions;
        for (int i = 0; i < instructions.Count; i++)
        {
            if (ReferenceEquals(instructions[i], instruction))
            {
                return i;
            }
        }

        return instructions.Count;
    }
}
