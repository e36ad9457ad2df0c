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
}
