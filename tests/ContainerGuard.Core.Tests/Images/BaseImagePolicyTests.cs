using ContainerGuard.Images;

namespace ContainerGuard.Tests.Images;

public class BaseImagePolicyTests
{
    private static BaseImageInfo Classify(string image) => BaseImagePolicy.Classify(ImageReference.Parse(image));

    [Theory]
    [InlineData("alpine:3.20")]
    [InlineData("arm64v8/alpine:3.20")]
    [InlineData("busybox")]
    [InlineData("scratch")]
    [InlineData("gcr.io/distroless/static-debian12:nonroot")]
    [InlineData("gcr.io/distroless/base")]
    [InlineData("cgr.dev/chainguard/python:latest-dev")]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-azurelinux3.0-distroless")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-composite")]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0-cbl-mariner2.0-distroless")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-alpine")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022")]
    [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022")]
    [InlineData("mcr.microsoft.com/azurelinux/distroless/base:3.0")]
    [InlineData("python:3.12-alpine")]
    [InlineData("python:alpine")]
    [InlineData("node:20-alpine3.19")]
    [InlineData("registry.access.redhat.com/ubi9/ubi-minimal")]
    [InlineData("eclipse-temurin:21-jre-ubi9-minimal")]
    [InlineData("myacr.azurecr.io/app:1.0-alpine")] // a private image whose tag says alpine
    [InlineData("rockylinux:9-minimal")]
    [InlineData("rockylinux/rockylinux:9.4-minimal")]
    [InlineData("almalinux:9-minimal")]
    [InlineData("almalinux/9-micro")]
    [InlineData("registry.fedoraproject.org/fedora-minimal:40")]
    [InlineData("registry.suse.com/bci/bci-micro:15.6")]
    [InlineData("public.ecr.aws/docker/library/node:20-alpine")]
    public void Minimal(string image) => Assert.Equal(BaseKind.Minimal, Classify(image).Kind);

    [Theory]
    [InlineData("ubuntu:22.04", "Ubuntu")]
    [InlineData("debian:bookworm-slim", "Debian")]
    [InlineData("amd64/debian:bookworm-slim", "Debian")]
    [InlineData("centos:7", "CentOS")]
    [InlineData("fedora:40", "Fedora")]
    [InlineData("rockylinux:9", "Rocky Linux")]
    [InlineData("quay.io/rockylinux/rockylinux:9", "Rocky Linux")]
    [InlineData("almalinux/9-base", "AlmaLinux")]
    [InlineData("quay.io/fedora/fedora:40", "Fedora")]
    [InlineData("opensuse:42.3", "openSUSE")]
    [InlineData("registry.suse.com/suse/sle15:15.6", "SUSE Linux Enterprise")]
    [InlineData("registry.suse.com/bci/bci-base:15.6", "SUSE BCI")]
    [InlineData("kalilinux/kali-rolling", "Kali Linux")]
    [InlineData("public.ecr.aws/docker/library/node:20", "Debian")]
    [InlineData("amazonlinux:2023", "Amazon Linux")]
    [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "Windows Server Core")]
    [InlineData("mcr.microsoft.com/azurelinux/base/core:3.0", "Azure Linux")]
    [InlineData("python:3.12", "Debian")]
    [InlineData("python:3.12-slim", "Debian")] // slim is still a full distribution (shell, apt)
    [InlineData("python:3.12-slim-bookworm", "Debian")]
    [InlineData("node:20", "Debian")]
    [InlineData("golang:1.22", "Debian")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "Debian")]
    [InlineData("mcr.microsoft.com/dotnet/sdk:9.0.300", "Debian")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", "Ubuntu")]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:10.0.1", "Ubuntu")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet", "Ubuntu")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0", "Azure Linux")]
    [InlineData("myacr.azurecr.io/mirror/dotnet/aspnet:10.0", "Ubuntu")]
    [InlineData("mcr.microsoft.com/dotnet/core/aspnet:3.1", "Debian")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-jammy", "Ubuntu")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0", "Azure Linux")]
    [InlineData("mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022", "Windows Server Core")]
    [InlineData("python:3.12-windowsservercore-ltsc2022", "Windows Server Core")]
    [InlineData("eclipse-temurin:21-jre", "Ubuntu")]
    [InlineData("myacr.azurecr.io/library/ubuntu:22.04", "Ubuntu")] // private mirror of an official image
    [InlineData("myacr.azurecr.io/node:20", "Debian")]
    [InlineData("myacr.azurecr.io/mirror/dotnet/aspnet:8.0", "Debian")]
    [InlineData("ubuntu.azurecr.io/ubuntu:noble", "Ubuntu")]
    public void Full_distribution(string image, string distribution)
    {
        var info = Classify(image);
        Assert.Equal(BaseKind.Full, info.Kind);
        Assert.Equal(distribution, info.Distribution);
    }

    [Theory]
    [InlineData("myacr.azurecr.io/base/app:1.0")]
    [InlineData("myacr.azurecr.io/app:1.0-bookworm")] // unknown private image: tag code names are not trusted
    [InlineData("ghcr.io/org/tool:1.0")]
    [InlineData("bitnami/redis:7.2")]
    [InlineData("some/user-image")]
    public void Unknown(string image) => Assert.Equal(BaseKind.Unknown, Classify(image).Kind);

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled", true)]
    [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0-noble-chiseled-extra", true)]
    [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-azurelinux3.0-distroless", true)]
    [InlineData("myacr.azurecr.io/dotnet/aspnet:8.0-noble-chiseled", true)]
    [InlineData("gcr.io/distroless/static-debian12:nonroot", true)]
    [InlineData("gcr.io/distroless/base:debug-nonroot", true)]
    [InlineData("gcr.io/distroless/static-debian12", false)]
    [InlineData("cgr.dev/chainguard/static", true)]
    [InlineData("cgr.dev/chainguard/wolfi-base", false)]
    [InlineData("bitnami/redis:7.2", true)]
    [InlineData("nginxinc/nginx-unprivileged:1.27", true)]
    [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", true)]
    [InlineData("mcr.microsoft.com/mssql/server:2022-latest", true)]
    [InlineData("mcr.microsoft.com/mssql/server:2017-latest", false)]
    [InlineData("registry.access.redhat.com/ubi9/python-311", true)]
    [InlineData("registry.access.redhat.com/ubi9/ubi", false)]
    [InlineData("docker:dind-rootless", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", false)]
    [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", false)]
    [InlineData("node:20", false)]
    [InlineData("nginx", false)]
    [InlineData("scratch", false)]
    [InlineData("myacr.azurecr.io/app", false)]
    public void Non_root_by_default(string image, bool nonRoot)
        => Assert.Equal(nonRoot, BaseImagePolicy.RunsAsNonRootByDefault(ImageReference.Parse(image)));

    [Theory]
    [InlineData("node", true)]
    [InlineData("node:latest", true)]
    [InlineData("node:lts", true)]
    [InlineData("node:lts-alpine", true)]
    [InlineData("nginx:mainline-alpine", true)]
    [InlineData("nginx:stable", true)]
    [InlineData("alpine:edge", true)]
    [InlineData("cgr.dev/chainguard/python:latest-dev", true)]
    [InlineData("debian:sid-slim", true)]
    [InlineData("node:20", false)]
    [InlineData("ubuntu:jammy", false)]
    [InlineData("python:alpine", false)]
    [InlineData("node:latestversion", false)]
    [InlineData("scratch", false)]
    [InlineData("node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    [InlineData("node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    public void Moving_tags(string image, bool moving) => Assert.Equal(moving, TagPolicy.IsMovingTag(ImageReference.Parse(image)));
}
