using ContainerGuard.Configuration;
using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4004ApprovedBaseImageRuleTests
{
    private static LintOptions Approved(params string[] images) => Options(new ContainerGuardConfiguration(approvedBaseImages: images));

    [Fact]
    public void Image_off_the_list() => Verify("CG4004", """
        FROM [|mcr.microsoft.com/dotnet/sdk:8.0|] AS build
        FROM myacr.azurecr.io/base/aspnet:8.0
        COPY --from=build /app /app
        """, Approved("myacr.azurecr.io/base/*"));

    [Fact]
    public void Tag_must_match_when_the_pattern_has_one() => Verify("CG4004", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        FROM [|mcr.microsoft.com/dotnet/aspnet:9.0|]
        """, Approved("mcr.microsoft.com/dotnet/aspnet:8.0"));

    [Fact]
    public void Copy_from_image_counts() => Verify("CG4004", "FROM node:20\nCOPY --from=[|busybox:1.36|] /bin/busybox /busybox\n", Approved("node"));

    [Fact]
    public void On_the_list() => VerifySilent("CG4004", """
        ARG BASE=mcr.microsoft.com/dotnet/aspnet:8.0
        FROM node:20 AS web
        FROM ${BASE}
        COPY --from=web /dist /wwwroot
        """, Approved("mcr.microsoft.com/dotnet/aspnet", "node:20"));

    [Fact]
    public void Scratch_and_stages_are_never_checked() => VerifySilent("CG4004", "FROM node:20 AS b\nFROM scratch\nCOPY --from=b /x /x\n", Approved("node"));

    [Fact]
    public void No_list_no_finding() => VerifySilent("CG4004", "FROM node:20\n");
}
