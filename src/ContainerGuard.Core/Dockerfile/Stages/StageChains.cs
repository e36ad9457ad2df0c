using System.Collections.Generic;

namespace ContainerGuard.Dockerfile.Stages;

/// <summary>
/// Stages built on stages: <c>FROM base AS final</c> makes <c>final</c> the image <c>base</c> is, plus its own
/// instructions. What ends up in the image a build produces is the final stage's chain.
/// </summary>
internal static class StageChains
{
    /// <summary>The stage at the root of <paramref name="stage"/>'s chain (<c>FROM base AS final</c> → base's root).</summary>
    public static DockerfileStage Root(DockerfileStage stage)
    {
        var current = stage;
        for (int guard = 0; current.BaseStage != null && guard < 1000; guard++)
        {
            current = current.BaseStage;
        }

        return current;
    }

    /// <summary>The stages from the root of the chain to <paramref name="stage"/>, root first.</summary>
    public static IReadOnlyList<DockerfileStage> Of(DockerfileStage stage)
    {
        var chain = new List<DockerfileStage>();
        var current = stage;
        for (int guard = 0; current != null && guard < 1000; guard++)
        {
            chain.Insert(0, current);
            current = current.BaseStage;
        }

        return chain;
    }

    /// <summary>
    /// True when the instruction's stage ends up in the image that is built by default: the final stage or a
    /// stage the final stage is built FROM (directly or through other stages). Global ARGs: false.
    /// </summary>
    public static bool IsInFinalImage(DockerfileDocument document, Instruction owner)
    {
        var final = document.FinalStage;
        var stage = owner.Stage;
        if (final == null || stage == null)
        {
            return false;
        }

        int guard = 0;
        for (var current = final; current != null && guard <= document.Stages.Count; current = current.BaseStage, guard++)
        {
            if (ReferenceEquals(current, stage))
            {
                return true;
            }
        }

        return false;
    }
}
