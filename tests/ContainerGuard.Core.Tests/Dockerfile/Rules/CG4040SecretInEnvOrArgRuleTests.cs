using ContainerGuard.Configuration;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Tests.Secrets;
using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4040SecretInEnvOrArgRuleTests
{
    private const string Id = "CG4040";

    [Theory]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=[|S3cr3t!x|]\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=\"[|S3cr3t x|]\"\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD [|S3cr3t!x|]\n")]
    [InlineData("FROM alpine:3.20\nENV A=1 ClientSecret='[|aZ9-long-literal|]' B=2\n")]
    [InlineData("FROM alpine:3.20\nENV LDAP_ROOTPASS=[|fsociety|] LDAP_ORGANIZATION=\"E CORP\"\n")]
    [InlineData("FROM alpine:3.20\nARG API_KEY=[|k3y-Th4t-Is-Real|]\n")]
    [InlineData("ARG MYSQL_ROOT_PASSWORD=[|root|]\nFROM mysql:8\n")]
    [InlineData("FROM alpine:3.20\nENV ConnectionStrings__Default=\"Server=db;User Id=sa;Password=[|Pa55w0rd!|];\"\n")]
    [InlineData("FROM alpine:3.20\nLABEL com.example.db=\"postgres://app:[|S3cr3t99|]@db/orders\"\n")]
    [InlineData("FROM alpine:3.20\nONBUILD ENV SECRET_KEY_BASE=[|0a1b2c3d4e5f6a7b|]\n")]
    [InlineData("FROM eclipse-temurin:21\nENV JAVA_OPTS=\"-Xmx1g -Dspring.datasource.password=[|S3cret99x|] -Dfile.encoding=UTF-8\"\n")]
    public void Fires_on_a_literal_credential(string markup)
    {
        Verify(Id, markup);
    }

    [Fact]
    public void Fires_on_a_known_token_format_whatever_the_name()
    {
        Verify(Id, "FROM alpine:3.20\nARG GITHUB_TOKEN=[|" + FakeSecrets.GitHubClassic + "|]\nENV HELPER=[|" + FakeSecrets.Npm + "|]\n");
    }

    [Fact]
    public void Fires_on_the_secret_part_of_a_connection_string_only()
    {
        Verify(Id, "FROM alpine:3.20\nENV STORAGE=\"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=[|" + FakeSecrets.StorageKey + "|];EndpointSuffix=core.windows.net\"\n");
    }

    [Fact]
    public void Configured_secret_names_are_credentials()
    {
        var options = Options(new ContainerGuardConfiguration(secretNames: new[] { "pin" }));
        Verify(Id, "FROM alpine:3.20\nENV CARD_PIN=[|738291|]\n", options);
        VerifySilent(Id, "FROM alpine:3.20\nENV CARD_PIN=738291\n");
    }

    [Theory]
    [InlineData("FROM alpine:3.20\nENV PASSWORD_FILE=/run/secrets/pw\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=$DB_PASSWORD\n")]
    [InlineData("FROM alpine:3.20\nENV TOKEN=${TOKEN}\n")]
    [InlineData("FROM alpine:3.20\nARG NPM_TOKEN\n")]
    [InlineData("FROM alpine:3.20\nARG DB_PASSWORD=\n")]
    [InlineData("FROM python:3.12\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\n")]
    [InlineData("FROM python:3.12\nENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305\n")]
    [InlineData("FROM python:3.12\nENV PYTHON_SHA256=24887b92e2afd4a2ac602419ad4b596372f67ac9b077190f459aba390faf5550\n")]
    [InlineData("FROM node:22\nENV NODE_VERSION=22.11.0 YARN_VERSION=1.22.22\n")]
    [InlineData("FROM alpine:3.20\nENV KEEPASSXC_VERSION 2.5.4\n")]
    [InlineData("FROM alpine:3.20\nENV MYSQL_ALLOW_EMPTY_PASSWORD=yes MYSQL_RANDOM_ROOT_PASSWORD=true\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=changeme\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD=<password>\n")]
    [InlineData("FROM alpine:3.20\nENV API_KEY=\"\"\n")]
    [InlineData("FROM alpine:3.20\nENV TOKEN_URL=https://login.example.com/oauth2/token\n")]
    [InlineData("FROM alpine:3.20\nENV DB_PASSWORD_SECRET_NAME=orders-db-password\n")]
    [InlineData("FROM alpine:3.20\nENV AZURE_STORAGE_CONNECTION_STRING=UseDevelopmentStorage=true\n")]
    [InlineData("FROM alpine:3.20\nENV ConnectionStrings__Default=\"Server=db;Database=orders;Integrated Security=true\"\n")]
    [InlineData("FROM alpine:3.20\nLABEL org.opencontainers.image.description=\"Token service\" maintainer.password.policy=strict\n")]
    [InlineData("FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID_FILE=/run/secrets/aws\n")]
    [InlineData("FROM eclipse-temurin:21\nENV JAVA_OPTS=\"-Djavax.net.ssl.trustStorePassword=changeit -Ddb.password=${DB_PASSWORD}\"\n")]
    public void Silent(string dockerfile)
    {
        VerifySilent(Id, dockerfile);
    }

    [Fact]
    public void Silent_with_an_ignore_comment()
    {
        VerifySilent(Id, "FROM alpine:3.20\n# containerguard ignore=CG4040\nENV DB_PASSWORD=S3cr3t!x\n");
    }

    [Fact]
    public void Message_names_the_key_and_never_contains_the_secret()
    {
        string secret = "S3cr3t!x-" + "long-value";
        var finding = Assert.Single(Verify(Id, "FROM alpine:3.20\nENV DB_PASSWORD=[|" + secret + "|]\n"));
        Assert.Contains("DB_PASSWORD", finding.Message);
        Assert.False(finding.Message.Contains(secret, StringComparison.Ordinal), "the message contains the secret");
        Assert.False(finding.ToString().Contains(secret, StringComparison.Ordinal), "the finding contains the secret");

        var token = Assert.Single(Verify(Id, "FROM alpine:3.20\nENV X=[|" + FakeSecrets.GitHubClassic + "|]\n"));
        Assert.Contains("GitHub token", token.Message);
        Assert.False(token.Message.Contains(FakeSecrets.GitHubClassic, StringComparison.Ordinal), "the message contains the token");
    }
}
