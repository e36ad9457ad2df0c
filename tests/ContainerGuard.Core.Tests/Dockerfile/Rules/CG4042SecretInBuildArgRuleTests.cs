using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4042SecretInBuildArgRuleTests
{
    private const string Id = "CG4042";

    [Theory]
    [InlineData("FROM node:22\nARG [|NPM_TOKEN|]\nRUN npm ci\n")]
    [InlineData("FROM node:22\nARG [|DB_PASSWORD|]=\n")]
    [InlineData("FROM node:22\nARG [|GITHUB_TOKEN|]=$DEFAULT_TOKEN\n")]
    [InlineData("ARG [|ApiKey|]\nFROM node:22\n")]
    [InlineData("FROM node:22\nARG VERSION=1.0 [|AWS_SECRET_ACCESS_KEY|] REGION=eu\n")]
    [InlineData("FROM node:22\nONBUILD ARG [|NUGET_PAT|]\n")]
    public void Fires_on_a_credential_like_build_argument(string markup)
    {
        Verify(Id, markup);
    }

    [Theory]
    [InlineData("FROM node:22\nARG PASSWORD_FILE\n")]
    [InlineData("FROM node:22\nARG NODE_VERSION=22\nARG BUILD_CONFIGURATION=Release\n")]
    [InlineData("FROM node:22\nARG AWS_ACCESS_KEY_ID_PATH=/x\n")]
    [InlineData("FROM node:22\nARG TOKEN_URL\n")]
    [InlineData("FROM node:22\nARG GPG_KEY\n")]
    [InlineData("FROM node:22\nENV NPM_TOKEN=\"\"\n")]
    [InlineData("FROM node:22\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n")]
    public void Silent(string dockerfile)
    {
        VerifySilent(Id, dockerfile);
    }

    [Fact]
    public void Message_names_the_argument()
    {
        var finding = Assert.Single(Verify(Id, "FROM node:22\nARG [|NPM_TOKEN|]\n"));
        Assert.Contains("NPM_TOKEN", finding.Message);
        Assert.Contains("--mount=type=secret", finding.Message);
    }

    [Fact]
    public void Message_never_contains_the_default_value()
    {
        string secret = "d3fault-" + "Secret-Value";
        var finding = Assert.Single(Verify(Id, "FROM node:22\nARG [|API_TOKEN|]=" + secret + "\n"));
        Assert.False(finding.Message.Contains(secret, StringComparison.Ordinal), "the message contains the secret");
    }
}
