using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4020MinimalBaseRuleTests
{
    [Fact]
    public void Final_stage_on_ubuntu() => Verify("CG4020", "FROM [|ubuntu:22.04|]\nCMD [\"/app\"]\n");

    [Fact]
    public void Debian_slim_is_a_full_distribution()
    {
        var finding = Verify("CG4020", "FROM [|python:3.12-slim|]\nCOPY app.py /app/\nCMD [\"python\", \"/app/app.py\"]\n").Single();
        Assert.Contains("Debian", finding.Message);
    }

    [Theory]
    // Full distributions without an -alpine variant of their own (issue 9, item 16).
    [InlineData("FROM [|centos:7|]\nRUN yum install -y httpd && yum clean all\nCMD [\"/usr/sbin/httpd\", \"-DFOREGROUND\"]\n", "CentOS")]
    [InlineData("FROM [|rockylinux:9|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "Rocky Linux")]
    [InlineData("FROM [|quay.io/rockylinux/rockylinux:9|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "Rocky Linux")]
    [InlineData("FROM [|quay.io/fedora/fedora:40|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "Fedora")]
    [InlineData("FROM [|opensuse/leap:15.6|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "openSUSE Leap")]
    [InlineData("FROM [|registry.suse.com/bci/bci-base:15.6|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "SUSE BCI")]
    [InlineData("FROM [|amazonlinux:2023|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "Amazon Linux")]
    [InlineData("FROM [|public.ecr.aws/docker/library/debian:12|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n", "Debian")]
    public void Distribution_images_are_full_and_get_no_alpine_variant_hint(string markup, string distribution)
    {
        var finding = Verify("CG4020", markup).Single();
        Assert.Contains("full " + distribution + " distribution", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("-alpine variant", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rocky_and_alma_suggest_their_minimal_tag()
    {
        var finding = Verify("CG4020", "FROM [|almalinux:9|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n").Single();
        Assert.Contains("-minimal tag", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM rockylinux:9-minimal\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n")]
    [InlineData("FROM almalinux/9-micro\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n")]
    [InlineData("FROM registry.suse.com/bci/bci-micro:15.6\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n")]
    // A distribution named in the tag of an unknown image does not make it a full distribution here (CG4021 uses it).
    [InlineData("FROM myacr.azurecr.io/team/base:2.1-bookworm\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n")]
    public void Minimal_variants_of_distribution_images(string dockerfile) => VerifySilent("CG4020", dockerfile);

    [Fact]
    public void Language_image_suggests_its_alpine_variant()
    {
        var finding = Verify("CG4020", "FROM [|node:20-bookworm|]\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n").Single();
        Assert.Contains("-alpine variant", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_default_tag_suggests_chiseled()
    {
        var finding = Verify("CG4020", """
            FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            RUN dotnet publish -o /app
            FROM [|mcr.microsoft.com/dotnet/aspnet:8.0|]
            COPY --from=build /app /app
            ENTRYPOINT ["dotnet", "/app/App.dll"]
            """).Single();
        Assert.Contains("chiseled", finding.Message);
    }

    [Fact]
    public void Through_a_stage_chain_reported_at_the_root_image() => Verify("CG4020", """
        FROM [|node:20|] AS base
        WORKDIR /app
        FROM alpine:3.20 AS tools
        FROM base AS final
        COPY . .
        CMD ["node", "server.js"]
        """);

    [Fact]
    public void Windows_server_core() => Verify("CG4020", "# escape=`\nFROM [|mcr.microsoft.com/windows/servercore:ltsc2022|]\nENTRYPOINT [\"C:/app/app.exe\"]\n");

    [Fact]
    public void Resolved_from_an_arg() => Verify("CG4020", "ARG VARIANT=bookworm\nFROM [|debian:${VARIANT}|]\nENTRYPOINT [\"/usr/local/bin/app\"]\n");

    [Theory]
    [InlineData("FROM ubuntu:22.04 AS build\nRUN make\nFROM alpine:3.20\nCOPY --from=build /app /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime:8.0-azurelinux3.0-distroless\n")]
    [InlineData("FROM gcr.io/distroless/static-debian12:nonroot\n")]
    [InlineData("FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\n")]
    [InlineData("FROM cgr.dev/chainguard/node:latest\n")]
    [InlineData("FROM node:20-alpine\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n")]
    [InlineData("FROM myacr.azurecr.io/team/base:1.0\n")]
    [InlineData("FROM ${BASE}\n")]
    [InlineData("FROM alpine:3.20 AS base\nFROM base\n")]
    // Base-image builds: no command, or only an interpreter or shell.
    [InlineData("FROM debian:bookworm-slim\nRUN ./configure && make install\nCMD [\"python3\"]\n")]
    [InlineData("FROM buildpack-deps:bookworm\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=installer /dotnet /usr/share/dotnet\n")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update\n")]
    public void Minimal_unknown_or_a_base_image(string dockerfile) => VerifySilent("CG4020", dockerfile);

    [Theory]
    // Dev containers kept alive behind an init process or an init script (issue 9, item 12).
    [InlineData("FROM debian:12\nENTRYPOINT [\"/usr/local/share/docker-init.sh\"]\nCMD [\"sleep\", \"infinity\"]\n")]
    [InlineData("FROM debian:12\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"tail\", \"-f\", \"/dev/null\"]\n")]
    [InlineData("FROM ubuntu:24.04\nENTRYPOINT [\"/sbin/tini\", \"-g\", \"--\", \"/entrypoint.sh\"]\nCMD sleep infinity\n")]
    [InlineData("FROM ubuntu:24.04\nCMD [\"sh\", \"-c\", \"trap : TERM INT; sleep infinity & wait\"]\n")]
    public void Silent_for_a_keep_alive_behind_an_init_wrapper(string dockerfile) => VerifySilent("CG4020", dockerfile);

    [Theory]
    [InlineData("FROM [|debian:12|]\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"/usr/local/bin/app\"]\n")]
    [InlineData("FROM [|debian:12|]\nENTRYPOINT /usr/local/bin/app\nCMD [\"sleep\", \"infinity\"]\n")]
    // php-fpm is a server, like the apache variant's apache2-foreground (issue 9, item 15).
    [InlineData("FROM [|php:8.3-fpm-bookworm|]\nCOPY . /var/www/html\nCMD [\"php-fpm\"]\n")]
    [InlineData("FROM [|php:8.3-apache-bookworm|]\nCOPY . /var/www/html\nCMD [\"apache2-foreground\"]\n")]
    public void Fires_for_an_application_behind_an_init_wrapper_or_a_server(string markup) => Verify("CG4020", markup);
}
