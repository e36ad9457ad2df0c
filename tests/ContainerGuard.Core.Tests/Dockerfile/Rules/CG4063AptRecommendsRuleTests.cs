using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4063AptRecommendsRuleTests
{
    private const string Id = "CG4063";

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && [|apt-get install|] -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN [|apt-get -y install|] curl\n")]
    [InlineData("FROM debian:12\nRUN [|apt install|] -y curl\n")]
    [InlineData("FROM debian:12\nRUN sudo [|apt-get install|] -y curl\n")]
    [InlineData("FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive [|apt-get install|] -y curl\n")]
    [InlineData("FROM debian:12\nRUN [|/usr/bin/apt-get -qq install|] -y curl\n")]
    [InlineData("FROM debian:12\nRUN [|apt-get -o Dpkg::Options::=--force-confold install|] -y curl\n")]
    [InlineData("FROM debian:12\nONBUILD RUN [|apt-get install|] -y curl\n")]
    [InlineData("FROM debian:12\nRUN xargs -a packages.txt [|apt-get install|] -y\n")]
    public void Fires_on_install_without_no_install_recommends(string markup) => Verify(Id, markup);

    [Fact]
    public void Fires_on_each_install_and_spans_a_continuation()
        => Verify(Id, "FROM debian:12\nRUN [|apt-get \\\n      install|] -y a \\\n && [|apt-get install|] -y b\n");

    [Fact]
    public void Fires_in_a_heredoc_script()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN <<EOF\napt-get update\n[|apt-get install|] -y curl\nEOF\n");

    [Fact]
    public void Option_given_only_to_an_earlier_command_does_not_count()
        => Verify(Id, "FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false a && [|apt-get install|] -y b\n");

    [Fact]
    public void Configuration_written_after_the_install_does_not_count()
        => Verify(Id, "FROM debian:12\nRUN [|apt-get install|] -y curl\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99x\nRUN apt-get install -y git\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get --no-install-recommends install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=0 curl\n")]
    [InlineData("FROM debian:12\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99x && apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\nRUN apt-get upgrade -y\nRUN apt-get remove -y curl\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\ncat > /etc/apt/apt.conf.d/99norecommends <<EOT\nAPT::Install-Recommends \"false\";\nEOT\napt-get install -y curl\nEOF\n")]
    [InlineData("FROM debian:12\nRUN printf 'APT::Install-Recommends \"0\";\\nAPT::Install-Suggests \"0\";\\n' > /etc/apt/apt.conf.d/01norecommend\nFROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12 AS build\nRUN apt-get install -y build-essential\nFROM alpine:3.20\n")]
    [InlineData("FROM debian:12\nRUN echo \"apt-get install curl\"\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4063\nRUN apt-get install -y curl\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
