using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4002ImageFromPublicRegistryRuleTests
{
    [Fact]
    public void Other_public_registry() => Verify("CG4002", "FROM [|mcr.microsoft.com/dotnet/aspnet:8.0|]\nFROM [|ghcr.io/org/tool:1.2|]\nFROM [|quay.io/prometheus/node-exporter:v1.8.0|]\n");

    [Theory]
    [InlineData("FROM node:18\n")]
    [InlineData("FROM myacr.azurecr.io/app:1\n")]
    [InlineData("FROM registry.example.com/team/app:1\n")]
    public void Public_registry_silent(string dockerfile) => VerifySilent("CG4002", dockerfile);
}
