using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Commands;
using ContainerGuard.Dockerfile.Rules;

namespace ContainerGuard.Tests.Dockerfile.Commands;

/// <summary>The shared command matching the RUN rules stand on: wrappers, options, package commands.</summary>
public class CommandMatchingTests
{
    private static List<EffectiveCommand> Commands(string run)
    {
        var document = DockerfileParser.Parse("FROM debian:12\nRUN " + run + "\n");
        var instruction = document.Instructions.OfType<CommandInstruction>().Single();
        return CommandMatching.EffectiveCommands(instruction).ToList();
    }

    [Theory]
    [InlineData("sudo apt-get install -y curl", "apt-get", "sudo")]
    [InlineData("sudo -E -u root apt-get install -y curl", "apt-get", "sudo")]
    [InlineData("sudo -uroot apt-get install -y curl", "apt-get", "sudo")]
    [InlineData("sudo --user root make", "make", "sudo")]
    [InlineData("env -i A=1 B=2 curl x", "curl", "env")]
    [InlineData("nohup nice -n 5 /usr/bin/curl x", "curl", "nohup nice")]
    [InlineData("timeout 30 curl x", "curl", "timeout")]
    [InlineData("gosu app curl x", "curl", "gosu")]
    [InlineData("xargs -a list.txt -n 1 curl", "curl", "xargs")]
    [InlineData("/usr/local/bin/curl -k x", "curl", "")]
    public void Unwrap_sees_the_program_behind_its_wrappers(string run, string program, string wrappers)
    {
        var command = Assert.Single(Commands(run));
        Assert.Equal(program, command.Name);
        Assert.Equal(wrappers, string.Join(" ", command.Wrappers.Select(w => w.Value)));
    }

    [Theory]
    [InlineData("command -v curl")]
    [InlineData("sudo -l")]
    [InlineData("A=1")]
    public void Unwrap_finds_nothing_when_nothing_runs(string run)
        => Assert.Empty(Commands(run));

    [Theory]
    [InlineData("curl -k x", "-k")]
    [InlineData("curl -fsSLk x", "-fsSLk")]
    [InlineData("curl --insecure x", "--insecure")]
    [InlineData("curl -o out -k x", "-k")]
    [InlineData("curl -o/tmp/k x", null)]
    [InlineData("curl -Lo k x", null)]
    [InlineData("curl -H -k x", null)]
    [InlineData("curl x -- -k", null)]
    [InlineData("curl --insecure-thing x", null)]
    public void FindOption_reads_combined_short_options_and_skips_values(string run, string? expected)
    {
        var command = Assert.Single(Commands(run));
        var found = CommandMatching.FindOption(command.Arguments, 0, 'k', new[] { "--insecure" }, "oH");
        Assert.Equal(expected, found?.Value);
    }

    [Theory]
    [InlineData("apt-get -o Dpkg::Options::=--force-confold install -y curl sudo=1.9", "apt-get", "install", "curl sudo=1.9")]
    [InlineData("apk add --no-cache --virtual .deps -X http://mirror/ gcc", "apk", "add", "gcc")]
    [InlineData("dnf --setopt tsflags=nodocs install -y sudo", "dnf", "install", "sudo")]
    [InlineData("zypper -n in -r repo openssh", "zypper", "in", "openssh")]
    [InlineData("python3 -m pip install -r req.txt --no-cache-dir flask", "pip", "install", "flask")]
    [InlineData("pip3.12 install --index-url https://x flask", "pip", "install", "flask")]
    public void Package_commands_separate_options_subcommand_and_packages(string run, string manager, string subcommand, string packages)
    {
        var package = CommandMatching.AsPackageCommand(Assert.Single(Commands(run)));
        Assert.NotNull(package);
        Assert.Equal(manager, package!.Manager);
        Assert.Equal(subcommand, package.Subcommand);
        Assert.Equal(packages, string.Join(" ", package.Packages.Select(p => p.Value)));
    }

    [Theory]
    [InlineData("sudo", "sudo", false, true)]
    [InlineData("sudo=1.9.13p3-1", "sudo", false, true)]
    [InlineData("sudo:amd64", "sudo", false, true)]
    [InlineData("openssh@edge", "openssh", false, true)]
    [InlineData("sudo-1.9.5", "sudo", true, true)]
    [InlineData("sudo-1.9.5", "sudo", false, false)]
    [InlineData("sudo-ldap", "sudo", true, false)]
    [InlineData("openssh-client", "openssh", false, false)]
    [InlineData("pseudo", "sudo", false, false)]
    public void Package_names_allow_version_architecture_and_repository_suffixes(string word, string name, bool rpmStyle, bool expected)
        => Assert.Equal(expected, CommandMatching.IsPackageName(word, name, rpmStyle));
}
