using ContainerGuard.Configuration;
using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4003RegistryNotApprovedRuleTests
{
    private static LintOptions Approved(params string[] registries) => Options(new ContainerGuardConfiguration(approvedRegistries: registries));

    [Fact]
    public void With_an_approved_list_only_CG4003_fires()
    {
        const string markup = "FROM [|node:18|]\nFROM [|mcr.microsoft.com/dotnet/aspnet:8.0|]\nFROM myacr.azurecr.io/app:1\nFROM other.azurecr.io/app:1\n";
        var options = Approved("myacr.azurecr.io", "other.azurecr.io/app");
        var findings = Verify("CG4003", markup, options);
        Assert.Contains("'docker.io'", findings[0].Message);
        Assert.Contains("myacr.azurecr.io", findings[0].Message);
        VerifySilent("CG4001", markup.Replace("[|", string.Empty).Replace("|]", string.Empty), options);
        VerifySilent("CG4002", markup.Replace("[|", string.Empty).Replace("|]", string.Empty), options);
    }

    [Fact]
    public void Approved_wildcard() => VerifySilent("CG4003", "FROM x.azurecr.io/app:1\nFROM scratch\n", Approved("*.azurecr.io"));

    [Fact]
    public void No_list_no_CG4003() => VerifySilent("CG4003", "FROM node:18\n");
}
