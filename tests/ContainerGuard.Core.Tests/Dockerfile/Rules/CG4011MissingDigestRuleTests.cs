using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4011MissingDigestRuleTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void No_digest() => Verify("CG4011", """
        FROM [|golang:1.22|] AS build
        FROM build AS test
        FROM [|mcr.microsoft.com/dotnet/aspnet:8.0|]
        COPY --from=build /app /app
        """);

    [Theory]
    [InlineData("FROM node:20@" + Digest + "\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM node:20@" + Digest + " AS b\nFROM b\n")]
    public void Digest_present(string dockerfile) => VerifySilent("CG4011", dockerfile);
}
