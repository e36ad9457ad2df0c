using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4043SecretPersistedInEnvRuleTests
{
    private const string Id = "CG4043";

    [Theory]
    [InlineData("FROM alpine:3.20\nARG DB_PASSWORD\nENV [|DB_PASSWORD|]=$DB_PASSWORD\n")]
    [InlineData("FROM alpine:3.20\nARG TOKEN\nENV [|TOKEN|]=${TOKEN}\n")]
    [InlineData("FROM alpine:3.20\nARG T\nENV [|GITHUB_TOKEN|] $T\n")]
    [InlineData("FROM alpine:3.20\nENV A=1 [|ApiKey|]=\"${API_KEY:-}\"\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ENV [|CLIENT_SECRET|]=$CLIENT_SECRET\n")]
    public void Fires_on_a_credential_copied_from_a_variable(string markup)
    {
        Verify(Id, markup);
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nARG PASSWORD_FILE\nENV PASSWORD_FILE=$PASSWORD_FILE\n")]
    [InlineData("FROM alpine:3.20\nENV PATH=$PATH:/app/bin\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=S3cr3t!x\n")]
    [InlineData("FROM alpine:3.20\nARG DB_PASSWORD\nRUN echo $DB_PASSWORD > /dev/null\n")]
    [InlineData("FROM alpine:3.20\nARG GPG_KEY\nENV GPG_KEY=$GPG_KEY\n")]
    [InlineData("FROM alpine:3.20\nLABEL token=$TOKEN\n")]
    public void Silent(string dockerfile)
    {
        VerifySilent(Id, dockerfile);
    }

    [Fact]
    public void Message_names_the_key_and_never_contains_a_value()
    {
        var finding = Assert.Single(Verify(Id, "FROM alpine:3.20\nARG DB_PASSWORD=S3cr3t-default\nENV [|DB_PASSWORD|]=$DB_PASSWORD\n"));
        Assert.Contains("DB_PASSWORD", finding.Message);
        Assert.False(finding.Message.Contains("S3cr3t-default", StringComparison.Ordinal), "the message contains the secret");
    }
}
