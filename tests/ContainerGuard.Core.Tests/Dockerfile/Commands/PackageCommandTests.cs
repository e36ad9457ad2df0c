using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Commands;

namespace ContainerGuard.Tests.Dockerfile.Commands;

/// <summary>Package manager commands: manager, subcommand, options and packages.</summary>
public class PackageCommandTests
{
    [Theory]
    [InlineData("apt-get -o Dpkg::Options::=--force-confold install -y curl sudo=1.9", "apt-get", "install", "curl sudo=1.9")]
    [InlineData("apk add --no-cache --virtual .deps -X http://mirror/ gcc", "apk", "add", "gcc")]
    [InlineData("dnf --setopt tsflags=nodocs install -y sudo", "dnf", "install", "sudo")]
    [InlineData("zypper -n in -r repo openssh", "zypper", "in", "openssh")]
    [InlineData("python3 -m pip install -r req.txt --no-cache-dir flask", "pip", "install", "flask")]
    [InlineData("pip3.12 install --index-url https://x flask", "pip", "install", "flask")]
    public void Package_commands_separate_options_subcommand_and_packages(string run, string manager, string subcommand, string packages)
    {
        var package = PackageCommand.Of(Assert.Single(RunCommands.Of(run)));
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
        => Assert.Equal(expected, PackageCommand.IsPackageName(word, name, rpmStyle));
}
