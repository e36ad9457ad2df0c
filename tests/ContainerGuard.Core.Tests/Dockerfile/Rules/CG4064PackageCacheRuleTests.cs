using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4064PackageCacheRuleTests
{
    private const string Id = "CG4064";

    [Theory]
    [InlineData("FROM debian:12\nRUN [|apt-get update|] && apt-get install -y --no-install-recommends curl\n")]
    [InlineData("FROM debian:12\nRUN [|apt-get -qq update|] && apt-get install -y curl && apt-get clean\n")]
    [InlineData("FROM debian:12\nRUN [|apt update|] && apt install -y curl\n")]
    [InlineData("FROM debian:12\nRUN [|apt-get update|]\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM alpine:3.20\nRUN [|apk add|] curl\n")]
    [InlineData("FROM alpine:3.20\nRUN [|apk add|] --update curl\n")]
    [InlineData("FROM alpine:3.20\nRUN echo curl | xargs [|apk add|]\n")]
    [InlineData("FROM alpine:3.20\nRUN [|apk update|] && apk add --no-cache curl\n")]
    [InlineData("FROM fedora:40\nRUN [|dnf install|] -y curl\n")]
    [InlineData("FROM centos:7\nRUN [|yum -y install|] curl\n")]
    [InlineData("FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN [|microdnf install|] -y curl\n")]
    [InlineData("FROM opensuse/leap:15\nRUN [|zypper -n in|] curl\n")]
    [InlineData("FROM python:3.12-slim\nRUN [|pip install|] -r requirements.txt\n")]
    [InlineData("FROM python:3.12-slim\nRUN [|pip3 install|] --upgrade pip\n")]
    [InlineData("FROM python:3.12-slim\nRUN python3 -m [|pip install|] flask\n")]
    [InlineData("FROM debian:12\nONBUILD RUN [|apt-get update|] && apt-get install -y curl\n")]
    [InlineData("FROM debian:12 AS base\nRUN [|apt-get update|] && apt-get install -y curl\nFROM base AS final\nUSER app\n")]
    public void Fires_when_the_cache_stays_in_the_layer(string markup) => Verify(Id, markup);

    [Fact]
    public void Fires_in_a_heredoc_script()
        => Verify(Id, "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN <<EOF\nset -e\n[|apk add|] curl\nEOF\n");

    [Fact]
    public void A_heredoc_script_that_cleans_up_is_silent()
        => VerifySilent(Id, "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nrm -rf /var/lib/apt/lists/*\nEOF\n");

    [Fact]
    public void Fires_inside_a_nested_script_with_escaped_quotes()
        => Verify(Id, "FROM debian:12\nRUN bash -c \"echo \\\"x\\\" && [|apt-get update|] && apt-get install -y curl\"\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && bash -c \"echo \\\"x\\\" && rm -rf /var/lib/apt/lists/*\"\n")]
    [InlineData("FROM debian:12\nRUN bash -c \"apt-get update \\\n  && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists/*\"\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && sudo sh -c 'apt-get install -y curl && rm -rf /var/lib/apt/lists/*'\n")]
    [InlineData("FROM alpine:3.20\nRUN sh -c \"apk add curl && rm -rf /var/cache/apk/*\"\n")]
    public void A_cleanup_inside_a_nested_script_counts(string dockerfile) => VerifySilent(Id, dockerfile);

    [Fact]
    public void Span_survives_a_line_continuation()
        => Verify(Id, "FROM debian:12\nRUN set -eux; \\\n    [|apt-get \\\n      update|]; \\\n    apt-get install -y curl\n");

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/* /tmp/*\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && sudo rm -fr /var/lib/apt/lists\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get distclean\n")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk --no-cache add curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add curl && rm -rf /var/cache/apk/*\n")]
    [InlineData("FROM alpine:3.20\nRUN apk del curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc \\\n && scanelf --needed /usr/local | xargs -rt apk add --no-network --virtual .rundeps \\\n && apk del --no-network .build-deps\n")]
    [InlineData("FROM fedora:40\nRUN dnf install -y curl && dnf clean all\n")]
    [InlineData("FROM centos:7\nRUN yum -y install curl && rm -rf /var/cache/yum\n")]
    [InlineData("FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y curl && microdnf clean all\n")]
    [InlineData("FROM opensuse/leap:15\nRUN zypper -n in curl && zypper clean --all\n")]
    [InlineData("FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n")]
    [InlineData("FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n")]
    [InlineData("FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n")]
    [InlineData("FROM python:3.12-slim\nRUN pip install flask && rm -rf /root/.cache/pip\n")]
    [InlineData("FROM python:3.12-slim\nRUN pip install flask && pip cache purge\n")]
    [InlineData("FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n")]
    [InlineData("FROM python:3.12-slim\nRUN pip download flask -d /wheels\n")]
    [InlineData("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM alpine:3.20\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM debian:12\n# containerguard ignore=CG4064\nRUN apt-get update && apt-get install -y curl\n")]
    public void Silent(string dockerfile) => VerifySilent(Id, dockerfile);
}
