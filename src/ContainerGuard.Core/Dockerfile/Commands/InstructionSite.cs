using System;
using System.Collections.Generic;

namespace ContainerGuard.Dockerfile.Commands;

/// <summary>An instruction to check, and the instruction that owns it (the ONBUILD for a trigger) for suppressions and stages.</summary>
internal readonly struct InstructionSite
{
    public InstructionSite(Instruction owner, Instruction instruction)
    {
        Owner = owner;
        Instruction = instruction;
    }

    /// <summary>The top-level instruction: what <c># containerguard ignore=</c> and the stage attach to.</summary>
    public Instruction Owner { get; }

    /// <summary>The instruction itself (the trigger of an ONBUILD, otherwise the same as <see cref="Owner"/>).</summary>
    public Instruction Instruction { get; }

    /// <summary><c>foreach (var (instruction, owner) in InstructionSites.All(document))</c>.</summary>
    public void Deconstruct(out Instruction instruction, out Instruction owner)
    {
        instruction = Instruction;
        owner = Owner;
    }
}

/// <summary>Where the rules look: every instruction, and for an ONBUILD also its trigger (owned by the ONBUILD).</summary>
internal static class InstructionSites
{
    /// <summary>Every instruction, and for an ONBUILD also its trigger (owned by the ONBUILD).</summary>
    public static IEnumerable<InstructionSite> All(DockerfileDocument document)
    {
        foreach (var instruction in document.Instructions)
        {
            yield return new InstructionSite(instruction, instruction);
            if (instruction is OnBuildInstruction { Trigger: { } trigger })
            {
                yield return new InstructionSite(instruction, trigger);
            }
        }
    }

    /// <summary>RUN/CMD/ENTRYPOINT/HEALTHCHECK sites (with ONBUILD triggers) whose keyword is one of <paramref name="keywords"/>.</summary>
    public static IEnumerable<(InstructionSite Site, CommandInstruction Instruction)> Commands(DockerfileDocument document, params string[] keywords)
    {
        foreach (var site in All(document))
        {
            if (site.Instruction is CommandInstruction command && Array.IndexOf(keywords, command.Keyword) >= 0)
            {
                yield return (site, command);
            }
        }
    }
}
