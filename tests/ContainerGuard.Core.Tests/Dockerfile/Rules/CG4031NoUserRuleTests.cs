using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4031NoUserRuleTests
{
    [Fact]
    public void Application_on_a_root_image() => Verify("CG4031", """
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM [|alpine:3.20|]
        COPY --from=build /app /app
        ENTRYPOINT ["/app"]
        """);

    [Fact]
    public void Application_on_a_runtime_image_without_copy() => Verify("CG4031", """
        FROM [|python:3.12-slim|]
        RUN pip install --no-cache-dir httpie
        ENTRYPOINT ["http"]
        """);

    [Fact]
    public void Dotnet_default_image_runs_as_root() => Verify("CG4031", """
        FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
        RUN dotnet publish -o /out
        FROM [|mcr.microsoft.com/dotnet/aspnet:8.0|]
        COPY --from=build /out /app
        ENTRYPOINT ["dotnet", "/app/App.dll"]
        """);

    [Fact]
    public void Scratch_application() => Verify("CG4031", "FROM golang:1.22 AS b\nRUN go build -o /s .\nFROM [|scratch|]\nCOPY --from=b /s /s\nENTRYPOINT [\"/s\"]\n");

    [Fact]
    public void Reported_at_the_final_stage_that_builds_on_a_stage() => Verify("CG4031", """
        FROM node:20-alpine AS base
        WORKDIR /app
        FROM [|base|] AS final
        COPY . .
        CMD ["node", "server.js"]
        """);

    [Fact]
    public void Windows_server_core_application()
    {
        var finding = Verify("CG4031", "FROM [|mcr.microsoft.com/windows/servercore:ltsc2022|]\nCOPY app.exe C:/app/\nENTRYPOINT [\"C:/app/app.exe\"]\n").Single();
        Assert.Contains("ContainerUser", finding.Message);
    }

    [Theory]
    // A USER anywhere in the chain.
    [InlineData("FROM alpine:3.20\nCOPY app /app\nUSER 10001\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM alpine:3.20 AS base\nUSER app\nFROM base\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY app /app\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"/app/a.dll\"]\n")]
    // Non-root by default.
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled\nCOPY app /app\nENTRYPOINT [\"dotnet\", \"/app/a.dll\"]\n")]
    [InlineData("FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM cgr.dev/chainguard/static\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM bitnami/node:20\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\nENTRYPOINT [\"C:/app/app.exe\"]\n")]
    // Base images: no command, or just an interpreter or shell.
    [InlineData("FROM debian:bookworm-slim\nENV PYTHON_VERSION=3.12.4\nRUN set -eux; ./configure && make install\nCOPY docker-entrypoint.sh /usr/local/bin/\nCMD [\"python3\"]\n")]
    [InlineData("FROM buildpack-deps:bookworm\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nENV DOTNET_VERSION=8.0.10\nCOPY --from=installer /dotnet /usr/share/dotnet\n")]
    [InlineData("FROM ubuntu:24.04\nCOPY setup.sh /tmp/\nRUN /tmp/setup.sh\nCMD [\"bash\"]\n")]
    [InlineData("FROM ubuntu:24.04\nCOPY setup.sh /tmp/\nCMD bash -l\n")]
    // Kept alive for exec sessions (dev containers): no application.
    [InlineData("FROM ubuntu:noble\nCOPY first-run-notice.txt /tmp/\nCMD [ \"sleep\", \"infinity\" ]\n")]
    [InlineData("FROM ubuntu:noble\nCOPY setup.sh /tmp/\nCMD tail -f /dev/null\n")]
    // Not an application we can see: no COPY/ADD and not a runtime image.
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\nENTRYPOINT [\"curl\"]\n")]
    // An unknown private base image may set its own user.
    [InlineData("FROM myacr.azurecr.io/team/base:1\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM ${BASE}\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    public void Silent(string dockerfile) => VerifySilent("CG4031", dockerfile);

    [Theory]
    // Init processes and entrypoint scripts hand over to the command after them (issue 9, item 12).
    [InlineData("FROM debian:12\nCOPY app /app\nENTRYPOINT [\"/usr/local/share/docker-init.sh\"]\nCMD [\"sleep\", \"infinity\"]\n")]
    [InlineData("FROM debian:12\nCOPY app /app\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"tail\", \"-f\", \"/dev/null\"]\n")]
    [InlineData("FROM debian:12\nCOPY app /app\nENTRYPOINT [\"dumb-init\", \"--\"]\nCMD sleep infinity\n")]
    [InlineData("FROM debian:12\nCOPY app /app\nENTRYPOINT [\"/init\"]\nCMD [\"sh\", \"-c\", \"while sleep 1000; do :; done\"]\n")]
    [InlineData("FROM python:3.12\nCOPY . /app\nENTRYPOINT [\"catatonit\", \"--\"]\nCMD [\"python3\"]\n")]
    public void Silent_behind_an_init_wrapper(string dockerfile) => VerifySilent("CG4031", dockerfile);

    [Theory]
    [InlineData("FROM [|debian:12|]\nCOPY app /app\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"/app/server\"]\n")]
    [InlineData("FROM [|debian:12|]\nCOPY app /app\nENTRYPOINT [\"/usr/local/share/docker-init.sh\"]\nCMD [\"/app/server\"]\n")]
    [InlineData("FROM debian:12 AS dev\nCMD [\"sleep\", \"infinity\"]\nFROM [|dev|]\nCOPY app /app\nENTRYPOINT [\"/app/server\"]\n")]
    public void Fires_for_an_application_behind_an_init_wrapper(string markup) => Verify("CG4031", markup);

    [Theory]
    // Servers named like interpreters are applications (issue 9, item 15).
    [InlineData("FROM [|php:8.3-fpm-bookworm|]\nCOPY . /var/www/html\nCMD [\"php-fpm\"]\n")]
    [InlineData("FROM [|php:8.3-apache-bookworm|]\nCOPY . /var/www/html\nCMD [\"apache2-foreground\"]\n")]
    [InlineData("FROM [|php:8.3-fpm-bookworm|]\nCOPY . /var/www/html\nENTRYPOINT [\"docker-php-entrypoint\"]\nCMD [\"php-fpm\"]\n")]
    [InlineData("FROM [|python:3.12-slim|]\nCOPY site /site\nCMD [\"python\", \"-m\", \"http.server\", \"8000\"]\n")]
    public void Fires_for_a_server_named_like_an_interpreter(string markup) => Verify("CG4031", markup);

    [Fact]
    public void A_bare_ruby_is_an_interpreter() => VerifySilent("CG4031", "FROM ruby:3.3\nCOPY Gemfile /app/\nCMD [\"ruby\"]\n");

    [Fact]
    public void Interpreter_entrypoint_with_a_script_is_an_application() => Verify("CG4031", "FROM [|node:20-alpine|]\nCOPY . /app\nENTRYPOINT [\"node\"]\nCMD [\"/app/server.js\"]\n");
}
