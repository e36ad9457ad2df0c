using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4060SshServerRuleTests
{
    private const string Id = "CG4060";

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y [|openssh-server|] && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN apt install -y [|openssh-server=1:9.2p1-2|]\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends [|ssh|]\n")]
    [InlineData("FROM debian:12\nRUN sudo apt-get install -y [|openssh-server|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|openssh|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache [|dropbear|]\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps [|openssh-server|]\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y [|openssh-server|] && dnf clean all\n")]
    [InlineData("FROM centos:7\nRUN yum -y install [|openssh-server|] && yum clean all\n")]
    [InlineData("FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y [|openssh-server|]\n")]
    [InlineData("FROM opensuse/leap:15\nRUN zypper -n in [|openssh-server|]\n")]
    [InlineData("FROM debian:12\nCMD [[|\"/usr/sbin/sshd\"|], \"-D\"]\n")]
    [InlineData("FROM debian:12\nENTRYPOINT [|/usr/sbin/sshd|] -D -e\n")]
    [InlineData("FROM debian:12\nCMD service [|ssh|] start && exec app\n")]
    [InlineData("FROM debian:12\nRUN systemctl enable [|ssh|]\n")]
    [InlineData("FROM alpine:3.20\nRUN rc-update add [|sshd|] default\n")]
    public void Fires_on_an_ssh_server(string markup) => Verify(Id, markup);

    [Fact]
    public void Json_form_span_is_the_whole_element_with_its_quotes()
        => Verify(Id, "FROM debian:12\nENTRYPOINT [[|\"sshd\"|], \"-D\"]\n");

    [Fact]
    public void Fires_inside_an_exec_form_shell_script()
        => Verify(Id, "FROM debian:12\nCMD [\"sh\", \"-c\", \"service [|ssh|] start && exec app\"]\n");

    [Fact]
    public void Span_survives_a_line_continuation()
        => Verify(Id, "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n      [|openssh-server|] \\\n && rm -rf /var/lib/apt/lists/*\n");

    [Fact]
    public void Fires_in_a_stage_the_final_stage_builds_on()
        => Verify(Id, "FROM debian:12 AS base\nRUN apt-get install -y [|openssh-server|]\nFROM base\nUSER app\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends openssh-client git\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache openssh-client git\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache openssh-keygen\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y openssh openssh-clients && dnf clean all\n")]
    [InlineData("FROM debian:12\nRUN apt-get remove -y openssh-server\n")]
    [InlineData("FROM debian:12\nRUN echo \"apt-get install openssh-server\" > /notes\n")]
    [InlineData("FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n")]
    [InlineData("FROM debian:12 AS build\nRUN apt-get install -y openssh-server\nFROM alpine:3.20\nCOPY --from=build /x /x\n")]
    [InlineData("FROM debian:12\nRUN /usr/sbin/sshd -t\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4060\nRUN apt-get install -y openssh-server\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
