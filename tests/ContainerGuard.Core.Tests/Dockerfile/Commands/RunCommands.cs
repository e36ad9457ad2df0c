using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Commands;

namespace ContainerGuard.Tests.Dockerfile.Commands;

/// <summary>The effective commands of one RUN line, for the command tests.</summary>
internal static class RunCommands
{
    public static List<EffectiveCommand> Of(string run)
    {
        var document = DockerfileParser.Parse("FROM debian:12\nRUN " + run + "\n");
        var instruction = document.Instructions.OfType<CommandInstruction>().Single();
        return InstructionCommands.Effective(instruction).ToList();
    }
}
