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
    [InlineData("FROM debian:12\nUSER app\nRUN [|sudo|] apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nUSER app\nRUN [|sudo|] -E -u root make install\n")]
    [InlineData("FROM debian:12\nRUN [|/usr/bin/sudo|] -l\n")]
    [InlineData("FROM debian:12\nRUN make && [|sudo|] make install\n")]
    [InlineData("FROM debian:12\nCMD [|sudo|] -u app ./start.sh\n")]
    [InlineData("FROM debian:12\nRUN env A=1 [|sudo|] make install\n")]
    [InlineData("FROM debian:12\nRUN [[|\"sudo\"|], \"make\", \"install\"]\n")]
    [InlineData("FROM debian:12\nRUN bash -c \"[|sudo|] make install\"\n")]
    [InlineData("FROM debian:12\nRUN echo $([|sudo|] cat /etc/shadow) > /x\n")]
    public void Fires_on_sudo(string markup) => Verify(Id, markup);

    [Fact]
    public void Fires_on_the_package_and_the_command_across_lines()
        => Verify(Id, "FROM debian:12\nRUN apt-get install -y \\\n      [|sudo|] \\\n && [|sudo|] -u app true\n");

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
