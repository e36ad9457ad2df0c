using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4030RootUserRuleTests
{
    [Theory]
    [InlineData("root")]
    [InlineData("0")]
    [InlineData("root:root")]
    [InlineData("0:0")]
    [InlineData("root:1000")]
    public void Last_user_is_root(string user) => Verify("CG4030", $"FROM alpine:3.20\nUSER app\nUSER [|{user}|]\nCMD [\"/app\"]\n");

    [Fact]
    public void Expanded_from_env() => Verify("CG4030", "FROM alpine:3.20\nENV RUN_AS=0\nUSER [|$RUN_AS|]\n");

    [Fact]
    public void Expanded_from_arg_default() => Verify("CG4030", "FROM alpine:3.20\nARG UID=0\nUSER [|${UID}:0|]\n");

    [Fact]
    public void Windows_container_administrator() => Verify("CG4030", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER [|ContainerAdministrator|]\n");

    [Fact]
    public void Inherited_from_the_stage_the_final_stage_builds_on() => Verify("CG4030", """
        FROM alpine:3.20 AS base
        USER [|root|]
        FROM base AS final
        CMD ["/app"]
        """);

    [Theory]
    [InlineData("FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER app\n")]
    [InlineData("FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER 10001\n")]
    [InlineData("FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\n")]
    [InlineData("FROM alpine:3.20\nUSER app:0\n")]
    [InlineData("FROM alpine:3.20\nUSER rootless\n")]
    [InlineData("FROM alpine:3.20\nUSER $APP_UID\n")]
    [InlineData("FROM alpine:3.20\nARG UID\nUSER $UID\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n")]
    [InlineData("FROM alpine:3.20 AS base\nUSER root\nFROM base\nUSER nobody\n")]
    public void Not_root_at_the_end(string dockerfile) => VerifySilent("CG4030", dockerfile);

    /// <summary>The message explains what the USER resolves to only when the written user does not already say it.</summary>
    [Theory]
    [InlineData("root", "The final image runs as 'root'; create an unprivileged user")]
    [InlineData("root:root", "The final image runs as 'root:root'; create an unprivileged user")]
    [InlineData("0", "The final image runs as '0', which is root; create an unprivileged user")]
    [InlineData("$RUN_AS", "The final image runs as '$RUN_AS' (= 'root'), which is root; create an unprivileged user")]
    [InlineData("ContainerAdministrator", "The final image runs as 'ContainerAdministrator'; switch to USER ContainerUser")]
    public void The_message_names_the_user_once(string user, string start)
    {
        var finding = Assert.Single(Lint($"FROM alpine:3.20\nENV RUN_AS=root\nUSER {user}\n"), f => f.RuleId == "CG4030");

        Assert.StartsWith(start, finding.Message);
        Assert.DoesNotContain("'root', which is root", finding.Message);
    }
}
