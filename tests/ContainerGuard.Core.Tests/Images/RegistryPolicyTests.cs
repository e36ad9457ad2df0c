using ContainerGuard.Configuration;
using ContainerGuard.Images;

namespace ContainerGuard.Tests.Images;

public class RegistryPolicyTests
{
    private static RegistryClass Classify(string image, params string[] approved)
        => new RegistryPolicy(approved, null).Classify(ImageReference.Parse(image));

    [Theory]
    [InlineData("node:20", RegistryClass.DockerHub)]
    [InlineData("docker.io/bitnami/redis", RegistryClass.DockerHub)]
    [InlineData("index.docker.io/library/ubuntu", RegistryClass.DockerHub)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", RegistryClass.PublicRegistry)]
    [InlineData("ghcr.io/org/app", RegistryClass.PublicRegistry)]
    [InlineData("quay.io/centos/centos:stream9", RegistryClass.PublicRegistry)]
    [InlineData("gcr.io/distroless/static", RegistryClass.PublicRegistry)]
    [InlineData("k8s.gcr.io/pause", RegistryClass.PublicRegistry)]
    [InlineData("us-docker.pkg.dev/project/repo/app", RegistryClass.PublicRegistry)]
    [InlineData("public.ecr.aws/lambda/python:3.12", RegistryClass.PublicRegistry)]
    [InlineData("registry.k8s.io/pause:3.9", RegistryClass.PublicRegistry)]
    [InlineData("cgr.dev/chainguard/static", RegistryClass.PublicRegistry)]
    [InlineData("myacr.azurecr.io/base/dotnet:8.0", RegistryClass.Private)]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app", RegistryClass.Private)]
    [InlineData("registry.example.com/app", RegistryClass.Private)]
    [InlineData("localhost:5000/app", RegistryClass.Private)]
    [InlineData("pkg.dev/app", RegistryClass.Private)] // a suffix needs a sub-domain
    public void Without_a_list(string image, RegistryClass expected) => Assert.Equal(expected, Classify(image));

    [Theory]
    [InlineData("myacr.azurecr.io/app", true, "myacr.azurecr.io")]
    [InlineData("MYACR.azurecr.io/app", true, "myacr.AZURECR.io")]
    [InlineData("other.azurecr.io/app", false, "myacr.azurecr.io")]
    [InlineData("other.azurecr.io/app", true, "*.azurecr.io")]
    [InlineData("azurecr.io/app", false, "*.azurecr.io")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", true, "mcr.microsoft.com/dotnet")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", true, "https://mcr.microsoft.com/dotnet/")]
    [InlineData("mcr.microsoft.com/dotnetfoo/x", false, "mcr.microsoft.com/dotnet")]
    [InlineData("mcr.microsoft.com/windows/servercore", false, "mcr.microsoft.com/dotnet")]
    [InlineData("node:20", true, "docker.io")]
    [InlineData("node:20", true, "index.docker.io")]
    [InlineData("node:20", true, "docker.io/library")]
    [InlineData("bitnami/redis", false, "docker.io/library")]
    [InlineData("localhost:5000/app", true, "localhost")]
    [InlineData("localhost:5000/app", true, "localhost:5000")]
    [InlineData("localhost:6000/app", false, "localhost:5000")]
    public void With_a_list(string image, bool approved, string entry)
        => Assert.Equal(approved ? RegistryClass.Approved : RegistryClass.NotApproved, Classify(image, entry));

    [Fact]
    public void Reads_the_configuration()
    {
        var policy = RegistryPolicy.From(new ContainerGuardConfiguration(approvedRegistries: new[] { "myacr.azurecr.io" }));
        Assert.True(policy.HasApprovedRegistries);
        Assert.False(policy.HasApprovedBaseImages);
        Assert.Equal(RegistryClass.NotApproved, policy.Classify(ImageReference.Parse("node")));
        Assert.False(RegistryPolicy.From(ContainerGuardConfiguration.Default).HasApprovedRegistries);
    }

    [Theory]
    [InlineData("myacr.azurecr.io/base/dotnet:8.0", "myacr.azurecr.io/base/*", true)]
    [InlineData("myacr.azurecr.io/base/team/dotnet", "myacr.azurecr.io/base/*", true)]
    [InlineData("myacr.azurecr.io/other/dotnet", "myacr.azurecr.io/base/*", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com/dotnet/aspnet", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet", "mcr.microsoft.com/dotnet/aspnet", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet-foo:8.0", "mcr.microsoft.com/dotnet/aspnet", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com/dotnet/aspnet:8.0", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0", "mcr.microsoft.com/dotnet/aspnet:8.0", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet", "mcr.microsoft.com/dotnet/aspnet:8.0", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-alpine", "mcr.microsoft.com/dotnet/aspnet:8.0-*", true)]
    [InlineData("MCR.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com/DOTNET/aspnet", true)]
    [InlineData("node:20", "node", true)]
    [InlineData("docker.io/library/node:20", "node:20", true)]
    [InlineData("bitnami/node:20", "node", false)]
    [InlineData("x.azurecr.io/app", "*.azurecr.io/*", true)]
    public void Approved_base_images(string image, string pattern, bool approved)
        => Assert.Equal(approved, new RegistryPolicy(null, new[] { pattern }).IsBaseImageApproved(ImageReference.Parse(image)));

    [Fact]
    public void Approved_base_image_with_digest_requires_that_digest()
    {
        const string d1 = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
        const string d2 = "sha256:2222222222222222222222222222222222222222222222222222222222222222";
        var policy = new RegistryPolicy(null, new[] { "alpine@" + d1 });
        Assert.True(policy.IsBaseImageApproved(ImageReference.Parse("alpine:3.20@" + d1)));
        Assert.False(policy.IsBaseImageApproved(ImageReference.Parse("alpine@" + d2)));
        Assert.False(policy.IsBaseImageApproved(ImageReference.Parse("alpine:3.20")));
    }
}
