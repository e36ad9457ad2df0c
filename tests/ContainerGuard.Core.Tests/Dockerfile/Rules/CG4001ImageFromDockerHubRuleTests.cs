using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4001ImageFromDockerHubRuleTests
{
    [Fact]
    public void Docker_hub_implied() => Verify("CG4001", "FROM [|node:18|]\n");

    [Fact]
    public void Docker_hub_written() => Verify("CG4001", "FROM [|docker.io/library/ubuntu:22.04|] AS base\n");

    [Fact]
    public void Docker_hub_user_image() => Verify("CG4001", "FROM --platform=linux/amd64 [|bitnami/redis:7.2|]\n");

    [Fact]
    public void Message_names_the_image_and_the_fix()
    {
        var finding = Verify("CG4001", "FROM [|node:18|]\n").Single();
        Assert.Contains("'node:18'", finding.Message);
        Assert.Contains("docker.io/library/node", finding.Message);
        Assert.Contains("Azure Container Registry", finding.Message);
    }

    [Fact]
    public void Resolved_through_a_global_arg_and_reported_at_the_written_word()
    {
        var finding = Verify("CG4001", "ARG BASE=python:3.12\nFROM [|${BASE}|]\n").Single();
        Assert.Contains("'python:3.12'", finding.Message);
        Assert.Contains("'${BASE}'", finding.Message);
    }

    [Fact]
    public void Copy_from_an_image_and_run_mount_from_an_image() => Verify("CG4001", """
        FROM myacr.azurecr.io/base:1 AS build
        COPY --from=[|nginx:1.27|] /etc/nginx/nginx.conf /tmp/
        RUN --mount=type=bind,from=[|golang:1.22|],source=/usr/local/go,target=/go true
        FROM myacr.azurecr.io/runtime:1
        COPY --from=build /app /app
        COPY --from=0 /app /app2
        """);

    [Fact]
    public void Every_stage_counts() => Verify("CG4001", """
        FROM [|golang:1.22|] AS build
        RUN go build -o /app .
        FROM [|alpine:3.20|]
        COPY --from=build /app /app
        """);

    [Theory]
    [InlineData("FROM myacr.azurecr.io/dotnet/aspnet:8.0\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM myacr.azurecr.io/base:1 AS base\nFROM base\n")]
    [InlineData("FROM ${UNKNOWN}\n")]
    [InlineData("ARG TAG\nFROM myacr.azurecr.io/app:$TAG\n")]
    [InlineData("FROM localhost:5000/app\n")]
    public void Docker_hub_silent(string dockerfile) => VerifySilent("CG4001", dockerfile);

    [Fact]
    public void Stage_references_pull_nothing() => VerifySilent("CG4001", """
        FROM myacr.azurecr.io/sdk:1 AS Build
        RUN make
        FROM myacr.azurecr.io/runtime:1
        COPY --from=build /app /app
        RUN --mount=type=bind,from=Build,source=/out,target=/out cp -r /out /srv
        RUN --mount=type=cache,target=/root/.cache true
        """);

    [Fact]
    public void Copy_from_image_suppressed_on_its_own_line() => Verify("CG4001", """
        FROM myacr.azurecr.io/runtime:1
        # containerguard ignore=CG4001
        COPY --from=nginx:1.27 /etc/nginx/nginx.conf /tmp/
        COPY --from=[|busybox:1.36|] /bin/busybox /bin/
        """);

    [Fact]
    public void Suppressed_by_comment() => VerifySilent("CG4001", "# containerguard ignore=CG4001\nFROM node:18\n");
}
