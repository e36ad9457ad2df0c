using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4061ExposeSshRuleTests
{
    private const string Id = "CG4061";

    [Theory]
    [InlineData("FROM debian:12\nEXPOSE [|22|]\n")]
    [InlineData("FROM debian:12\nEXPOSE [|22/tcp|]\n")]
    [InlineData("FROM debian:12\nEXPOSE 80 [|22|] 443\n")]
    [InlineData("FROM debian:12\nEXPOSE [|20-25|]\n")]
    [InlineData("FROM debian:12\nexpose [|22|]\n")]
    [InlineData("FROM debian:12\nEXPOSE 80 \\\n       [|22/TCP|]\n")]
    [InlineData("FROM debian:12\nONBUILD EXPOSE [|22|]\n")]
    [InlineData("FROM debian:12 AS base\nEXPOSE [|22|]\nFROM base\n")]
    public void Fires_on_port_22(string markup) => Verify(Id, markup);

    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 2222\n")]
    [InlineData("FROM debian:12\nEXPOSE 8022 122 220\n")]
    [InlineData("FROM debian:12\nEXPOSE 22/udp\n")]
    [InlineData("FROM debian:12\nEXPOSE 23-80\n")]
    [InlineData("FROM debian:12\nEXPOSE $SSH_PORT\n")]
    [InlineData("FROM debian:12 AS dev\nEXPOSE 22\nFROM alpine:3.20\nEXPOSE 8080\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4061\nEXPOSE 22\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
