using ContainerGuard.Images;

namespace ContainerGuard.Tests.Images;

public class ImageReferenceTests
{
    [Theory]
    // written               registry               repository                     tag              digest  implicit
    [InlineData("node", "docker.io", "library/node", null, false, true)]
    [InlineData("node:20-alpine", "docker.io", "library/node", "20-alpine", false, true)]
    [InlineData("bitnami/redis:7.2", "docker.io", "bitnami/redis", "7.2", false, true)]
    [InlineData("docker.io/node", "docker.io", "library/node", null, false, false)]
    [InlineData("docker.io/library/node:18", "docker.io", "library/node", "18", false, false)]
    [InlineData("index.docker.io/library/ubuntu:22.04", "docker.io", "library/ubuntu", "22.04", false, false)]
    [InlineData("registry-1.docker.io/nginx", "docker.io", "library/nginx", null, false, false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "mcr.microsoft.com", "dotnet/aspnet", "8.0", false, false)]
    [InlineData("localhost/app", "localhost", "app", null, false, false)]
    [InlineData("localhost:5000/team/app:1.0", "localhost:5000", "team/app", "1.0", false, false)]
    [InlineData("myregistry:5000/app", "myregistry:5000", "app", null, false, false)]
    [InlineData("MyAcr.AzureCR.io/app:v1", "myacr.azurecr.io", "app", "v1", false, false)]
    [InlineData("[::1]:5000/app", "[::1]:5000", "app", null, false, false)]
    [InlineData("10.0.0.4:443/base/dotnet:8.0", "10.0.0.4:443", "base/dotnet", "8.0", false, false)]
    [InlineData("ghcr.io/org/sub/image:1.2.3", "ghcr.io", "org/sub/image", "1.2.3", false, false)]
    [InlineData("a__b/c-d---e/f.g:TAG_1", "docker.io", "a__b/c-d---e/f.g", "TAG_1", false, true)]
    public void Parses_registry_path_and_tag(string text, string registry, string repository, string? tag, bool hasDigest, bool isImplicit)
    {
        Assert.True(ImageReference.TryParse(text, out var image, out string? error), error);
        Assert.Equal(registry, image.Registry);
        Assert.Equal(repository, image.Repository);
        Assert.Equal(tag, image.Tag);
        Assert.Equal(hasDigest, image.HasDigest);
        Assert.Equal(isImplicit, image.IsImplicitRegistry);
    }

    [Fact]
    public void Parses_digest_with_and_without_tag()
    {
        const string digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        var pinned = ImageReference.Parse("alpine@" + digest);
        Assert.Null(pinned.Tag);
        Assert.Equal(digest, pinned.Digest);
        Assert.Equal("library/alpine", pinned.Repository);

        var both = ImageReference.Parse("mcr.microsoft.com/dotnet/aspnet:8.0@" + digest);
        Assert.Equal("8.0", both.Tag);
        Assert.Equal(digest, both.Digest);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0@" + digest, both.ToString());
    }

    [Theory]
    [InlineData("Ubuntu:22.04")]              // upper case in the path (a first component with upper case and no '/' is not a host)
    [InlineData("myacr.azurecr.io/MyApp")]    // upper case in the path
    [InlineData("node:")]                     // empty tag
    [InlineData("node:-x")]                   // tag starting with '-'
    [InlineData("node@sha256:abc")]           // short digest
    [InlineData("node@sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")] // upper-case hex for sha256
    [InlineData("a..b")]                      // double dot separator
    [InlineData("a/")]
    [InlineData("/a")]
    [InlineData("")]
    [InlineData("node 20")]
    [InlineData("${BASE}")]
    [InlineData("$REPO:8.0")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:${TAG}")]
    [InlineData("my_host.com/app")]           // '_' not allowed in a host
    [InlineData("host:port/app")]             // port must be digits
    public void Rejects_what_Docker_rejects_and_unresolved_variables(string text)
    {
        Assert.False(ImageReference.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ImageReference.Parse(text));
    }

    [Fact]
    public void Upper_case_first_component_is_a_host()
    {
        // Docker reads an upper-case first component as a registry host.
        var image = ImageReference.Parse("MyRegistry/app");
        Assert.Equal("myregistry", image.Registry);
        Assert.Equal("app", image.Repository);
    }

    [Fact]
    public void Scratch_is_special()
    {
        var image = ImageReference.Parse("scratch");
        Assert.True(image.IsScratch);
        Assert.False(image.IsDockerHub);
        Assert.Null(image.Tag);
        Assert.Equal("scratch", image.FamiliarName);
    }

    [Theory]
    [InlineData("node:20", "node", "docker.io/library/node", true)]
    [InlineData("docker.io/library/node", "node", "docker.io/library/node", true)]
    [InlineData("bitnami/redis", "bitnami/redis", "docker.io/bitnami/redis", true)]
    [InlineData("mcr.microsoft.com/dotnet/sdk:8.0", "mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/sdk", false)]
    public void Familiar_and_full_names(string text, string familiar, string full, bool dockerHub)
    {
        var image = ImageReference.Parse(text);
        Assert.Equal(familiar, image.FamiliarName);
        Assert.Equal(full, image.FullName);
        Assert.Equal(dockerHub, image.IsDockerHub);
    }

    [Fact]
    public void Port_is_kept_in_registry_but_not_in_host()
    {
        var image = ImageReference.Parse("localhost:5000/app");
        Assert.Equal("localhost:5000", image.Registry);
        Assert.Equal("localhost", image.RegistryHost);
    }

    [Fact]
    public void Huge_input_is_rejected_quickly()
    {
        Assert.False(ImageReference.TryParse(new string('a', 100_000), out _));
        Assert.False(ImageReference.TryParse(string.Concat(Enumerable.Repeat("a-", 200)) + "b", out _)); // longer than 255
    }
}
