using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

/// <summary>CG4030's message explains what the USER resolves to only when the written user does not already say it.</summary>
public class RootUserMessageTests
{
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
