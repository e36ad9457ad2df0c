using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Stages;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Rules;

/// <summary>
/// CG4060: an SSH server in the final image — a server package installed (<c>openssh-server</c>, <c>dropbear</c>,
/// apk's <c>openssh</c>, Debian's <c>ssh</c> metapackage) or the daemon started (<c>sshd</c> in CMD/ENTRYPOINT,
/// <c>service ssh start</c>, <c>systemctl enable ssh</c>, <c>rc-update add sshd</c>). Builder stages that the final
/// image is not built FROM are not checked: their packages do not reach the image. Span: the package or
/// command word. SSH clients (<c>openssh-client</c>, apk <c>openssh-client</c>) stay silent.
/// </summary>
public sealed class CG4060SshServerRule : DockerfileRule
{
    private static readonly RuleDescriptor Rule = DockerfileRuleDescriptors.SshServer;

    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    public override void Analyze(DockerfileContext context)
    {
        foreach (var (site, instruction) in InstructionSites.Commands(context.Document, "RUN", "CMD", "ENTRYPOINT"))
        {
            if (!StageChains.IsInFinalImage(context.Document, site.Owner))
            {
                continue;
            }

            bool runsAtStart = instruction.Keyword != "RUN";
            foreach (var command in InstructionCommands.Effective(instruction))
            {
                if (PackageCommand.Of(command) is { IsInstall: true } install)
                {
                    foreach (var package in ServerPackages(install.Manager))
                    {
                        if (install.FindPackage(package) is { } word)
                        {
                            string what = package == "ssh" ? "the 'ssh' metapackage, which pulls in openssh-server" : $"the SSH server package '{package}'";
                            context.Report(Rule, site.Owner, word.Span, $"{install.Manager} installs {what}. Containers need no SSH daemon: use docker exec or az container exec.");
                        }
                    }
                }
                else if (runsAtStart && command.Name is "sshd" or "dropbear")
                {
                    context.Report(Rule, site.Owner, command.NameWord.Span, $"The container starts the SSH daemon {command.Name}. Containers need no SSH daemon: use docker exec or az container exec.");
                }
                else if (FindServiceStart(command) is { } service)
                {
                    context.Report(Rule, site.Owner, service.Span, $"The SSH service '{service.Value}' is started or enabled. Containers need no SSH daemon: use docker exec or az container exec.");
                }
            }
        }
    }

    private static IEnumerable<string> ServerPackages(string manager)
    {
        yield return "openssh-server";
        yield return "dropbear";
        if (manager == "apk")
        {
            // Alpine's openssh is the client and the server together.
            yield return "openssh";
        }

        if (manager is "apt-get" or "apt" or "aptitude")
        {
            // Debian's ssh is a metapackage pulling in openssh-server; dropbear-bin holds Debian's dropbear daemon.
            yield return "ssh";
            yield return "dropbear-bin";
        }
    }

    /// <summary><c>service ssh start</c>, <c>/etc/init.d/ssh start</c>, <c>systemctl enable sshd</c>, <c>rc-update add sshd</c>, <c>rc-service sshd start</c>.</summary>
    private static LogicalWord? FindServiceStart(EffectiveCommand command)
    {
        var args = command.Arguments;
        switch (command.Name)
        {
            case "service" or "rc-service" when args.Count >= 2 && IsSshService(args[0].Value) && IsStart(args[1].Value):
                return args[0];
            case "systemctl" or "rc-update":
                for (int i = 0; i + 1 < args.Count; i++)
                {
                    if (args[i].Value is "enable" or "start" or "restart" or "add")
                    {
                        for (int j = i + 1; j < args.Count; j++)
                        {
                            if (IsSshService(args[j].Value))
                            {
                                return args[j];
                            }
                        }
                    }
                }

                return null;
            case "ssh" or "sshd" or "dropbear" when command.NameWord.Value.IndexOf("/init.d/", StringComparison.Ordinal) >= 0 && args.Count >= 1 && IsStart(args[0].Value):
                return command.NameWord;
            default:
                return null;
        }
    }

    private static bool IsSshService(string name) => name is "ssh" or "sshd" or "ssh.service" or "sshd.service" or "dropbear" or "dropbear.service" or "ssh.socket";

    private static bool IsStart(string verb) => verb is "start" or "restart" or "enable";
}
