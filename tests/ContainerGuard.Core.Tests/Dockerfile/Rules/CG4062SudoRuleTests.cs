using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4062SudoRuleTests
{
    private const string Id = "CG4062";

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends [|sudo|] curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|sudo|]\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y [|sudo|] && dnf clean all\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y [|sudo=1.9.13p3-1|]\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN [|sudo|] apt-get install -y [|sudo|]\n")]
    public void Fires_where_sudo_is_installed(string markup) => Verify(Id, markup);

    [Theory]
    [InlineData("FROM debian:12\nUSER app\nRUN [|sudo|] apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN [|sudo|] -E -u root make install\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN [|/usr/bin/sudo|] -l\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN make && [|sudo|] make install\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN env A=1 [|sudo|] make install\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN [[|\"sudo\"|], \"make\", \"install\"]\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN bash -c \"[|sudo|] make install\"\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN bash -c \"echo \\\"go\\\" && [|sudo|] make install\"\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN echo $([|sudo|] cat /etc/shadow) > /x\n")]
    [InlineData("FROM debian:12\nARG USERNAME=vscode\nUSER $USERNAME\nRUN [|sudo|] apt-get update\n")]
    [InlineData("FROM debian:12\nUSER $USERNAME\nRUN [|sudo|] apt-get update\n")]
    [InlineData("FROM debian:12 AS base\nUSER app\nFROM base\nRUN [|sudo|] make install\n")]
    [InlineData("FROM node:20\nUSER node\nCMD [|sudo|] -u root ./start.sh\n")]
    [InlineData("FROM debian:12\nCMD [|sudo|] ./start.sh\nUSER app\n")]
    [InlineData("FROM gcr.io/distroless/base-debian12:debug-nonroot\nRUN [|sudo|] true\n")]
    public void Fires_where_a_non_root_user_runs_sudo(string markup) => Verify(Id, markup);

    [Fact]
    public void Fires_on_the_package_and_the_command_across_lines()
        => Verify(Id, "FROM debian:12\nUSER app\nRUN apt-get install -y \\\n      [|sudo|] \\\n && [|sudo|] -u app true\n");

    [Fact]
    public void The_message_says_who_can_become_root()
    {
        var installed = Verify(Id, "FROM debian:12\nRUN apt-get install -y [|sudo|]\n").Single();
        Assert.Contains("installs sudo", installed.Message, StringComparison.Ordinal);
        var used = Verify(Id, "FROM debian:12\nUSER app\nRUN [|sudo|] make install\n").Single();
        Assert.Contains("non-root user", used.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Root dropping privileges with sudo, or running sudo where it changes nothing (issue 9, item 13).
    [InlineData("FROM node:20\nRUN sudo -u node npm install -g eslint\n")]
    [InlineData("FROM debian:12\nRUN sudo apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nUSER app\nUSER root\nRUN sudo -u app make\n")]
    [InlineData("FROM debian:12\nUSER app\nFROM debian:12\nRUN sudo -u app make\n")]
    [InlineData("FROM debian:12\nCMD sudo -u app ./start.sh\n")]
    [InlineData("FROM debian:12\nUSER 0:0\nENTRYPOINT [\"sudo\", \"-u\", \"app\", \"/app/server\"]\n")]
    [InlineData("FROM debian:12\nRUN sudo -u app make\nUSER app\n")]
    public void Silent_when_root_runs_sudo(string dockerfile) => VerifySilent(Id, dockerfile);

    [Theory]
    [InlineData("FROM debian:12\nRUN visudo -c\n")]
    [InlineData("FROM debian:12\nRUN echo \"use sudo to install\" > /notes\n")]
    [InlineData("FROM debian:12\nRUN apt-get purge -y sudo\n")]
    [InlineData("FROM alpine:3.20\nRUN apk del sudo\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y sudo-ldap-tools\n")]
    [InlineData("FROM debian:12 AS build\nRUN apt-get install -y sudo && sudo make\nFROM alpine:3.20\nCOPY --from=build /out /out\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4062\nRUN apt-get install -y sudo\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
