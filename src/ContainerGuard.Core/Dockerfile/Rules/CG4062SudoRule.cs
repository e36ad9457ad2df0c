using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4062: <c>sudo</c> in the final image — the package installed, or <c>sudo</c> run as a command (a RUN as a
/// user who can become root again; a CMD/ENTRYPOINT that escalates at run time). Stages the final image is not
/// built FROM are not checked. Span: the package word or the <c>sudo</c> word. <c>visudo</c> and "sudo" inside
/// an argument (<c>echo "use sudo"</c>) stay silent.
/// </summary>
public sealed class CG4062SudoRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.Sudo;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var (site, instruction) in InstructionSites.Commands(context.Document, "RUN", "CMD", "ENTRYPOINT"))
        {
            if (!StageChains.IsInFinalImage(context.Document, site.Owner))
            {
                continue;
            }

            foreach (var shellCommand in InstructionCommands.Of(instruction))
            {
                var command = EffectiveCommand.Of(shellCommand);
                foreach (var word in SudoWords(shellCommand, command))
                {
                    string who = instruction.Keyword == "RUN" ? "The build runs sudo" : "The container starts through sudo";
                    context.Report(Rule, site.Owner, word.Span, $"{who}: a user in this image can become root again. Run privileged steps as root (USER root), then switch to the app user.");
                }

                if (command != null && PackageCommand.Of(command) is { IsInstall: true } install && install.FindPackage("sudo") is { } package)
                {
                    context.Report(Rule, site.Owner, package.Span, $"{install.Manager} installs sudo: a user in this image can become root again. Leave sudo out and run privileged steps as root during the build.");
                }
            }
        }
    }

    private static IEnumerable<LogicalWord> SudoWords(ShellCommand shellCommand, EffectiveCommand? command)
    {
        if (command == null)
        {
            // Nothing runs after the wrappers: `sudo -l`, `sudo -v`.
            if (shellCommand.Words.Count > 0 && ShellCommand.ProgramName(shellCommand.Words[0].Value) == "sudo")
            {
                yield return shellCommand.Words[0];
            }

            yield break;
        }

        foreach (var wrapper in command.Wrappers)
        {
            if (ShellCommand.ProgramName(wrapper.Value) == "sudo")
            {
                yield return wrapper;
            }
        }
    }
}
