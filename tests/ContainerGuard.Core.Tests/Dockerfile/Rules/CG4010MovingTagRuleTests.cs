using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4010MovingTagRuleTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void No_tag() => Verify("CG4010", "FROM [|ubuntu|]\n");

    [Fact]
    public void Latest_and_channel_tags() => Verify("CG4010", """
        FROM [|node:latest|] AS a
        FROM [|node:lts-alpine|] AS b
        FROM [|nginx:mainline|] AS c
        FROM [|mcr.microsoft.com/dotnet/aspnet:latest|]
        """);

    [Fact]
    public void Message_explains_the_implicit_latest()
    {
        var finding = Verify("CG4010", "FROM [|ubuntu|]\n").Single();
        Assert.Contains("no tag", finding.Message);
        Assert.Contains("'latest'", finding.Message);
    }

    [Fact]
    public void Through_an_arg_default() => Verify("CG4010", "ARG IMAGE=alpine\nFROM [|$IMAGE|]\n");

    [Fact]
    public void Copy_from_image_without_tag() => Verify("CG4010", "FROM alpine:3.20\nCOPY --from=[|docker/buildx-bin|] /buildx /usr/libexec/docker/cli-plugins/docker-buildx\n");

    [Theory]
    [InlineData("FROM ubuntu:22.04\n")]
    [InlineData("FROM ubuntu:jammy\n")]
    [InlineData("FROM node@" + Digest + "\n")]
    [InlineData("FROM node:latest@" + Digest + "\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM golang:1.22 AS build\nFROM build\n")]
    [InlineData("FROM ${IMAGE}\n")]
    [InlineData("FROM alpine:3.20\nCOPY --from=0 /a /b\n")]
    public void Pinned_enough(string dockerfile) => VerifySilent("CG4010", dockerfile);
}
