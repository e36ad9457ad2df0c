using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4062: <c>sudo</c> as a way back to root in the final image. Fires where the image gets it — a package manager
/// installs <c>sudo</c> (whoever sudoers grants it to can become root in a running container) — and where the file
/// shows a non-root user using it: a RUN under a non-root <c>USER</c> that runs sudo, or a CMD/ENTRYPOINT that starts
/// through sudo in an image that runs as a non-root user. Silent when root runs sudo: <c>RUN sudo -u node npm install -g
/// eslint</c> as root drops privileges, and <c>sudo apt-get …</c> as root changes nothing — if the Dockerfile installs
/// sudo, that install is the finding. Who runs a command is <see cref="StageUsers.RunsAsRoot"/>'s call. Stages the final
/// image is not built FROM are not checked. Span: the package word or the <c>sudo</c> word. <c>visudo</c> and "sudo"
/// inside an argument (<c>echo "use sudo"</c>) stay silent.
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

            bool? root = null;
            foreach (var shellCommand in InstructionCommands.Of(instruction))
            {
                var command = EffectiveCommand.Of(shellCommand);
                foreach (var word in SudoWords(shellCommand, command))
                {
                    root ??= StageUsers.RunsAsRoot(context.Document, site.Owner);
                    if (root.Value)
                    {
                        continue;
                    }

                    string what = instruction.Keyword == "RUN"
                        ? "The build runs sudo as a non-root user, so that user can become root again in this image"
                        : "The container starts through sudo as a non-root user, so that user can become root again at run time";
                    context.Report(Rule, site.Owner, word.Span, $"{what}. Run privileged build steps as root (USER root before them, then switch back), and leave sudo out of the image.");
                }

                if (command != null && PackageCommand.Of(command) is { IsInstall: true } install && install.FindPackage("sudo") is { } package)
                {
                    context.Report(Rule, site.Owner, package.Span, $"{install.Manager} installs sudo: whoever sudoers grants it to can become root in a running container. Leave sudo out and run privileged steps as root during the build.");
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
