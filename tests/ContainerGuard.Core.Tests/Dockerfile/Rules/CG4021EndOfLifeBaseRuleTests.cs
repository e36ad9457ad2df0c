using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

/// <summary>The verifier's clock is 2026-11-29: Debian 11 ended on 2026-08-31.</summary>
public class CG4021EndOfLifeBaseRuleTests
{
    [Fact]
    public void Distribution_image_past_end_of_life()
    {
        var finding = Verify("CG4021", "FROM [|debian:buster-slim|]\n").Single();
        Assert.Contains("Debian 10 (buster)", finding.Message);
        Assert.Contains("2024-06-30", finding.Message);
    }

    [Fact]
    public void Distribution_named_by_a_language_image_tag() => Verify("CG4021", "FROM [|python:3.12-bullseye|]\n");

    [Fact]
    public void Builder_stages_count_too() => Verify("CG4021", """
        FROM [|ubuntu:18.04|] AS build
        RUN make
        FROM alpine:3.22
        COPY --from=build /app /app
        """);

    [Fact]
    public void Distribution_named_in_the_tag_of_an_image_outside_the_table()
    {
        var finding = Verify("CG4021", """
            FROM [|mcr.microsoft.com/devcontainers/base:ubuntu-18.04|] AS dev
            FROM [|myacr.azurecr.io/team/base:2.1-buster|]
            """).First();
        Assert.Contains("Ubuntu 18.04 (bionic) (read from the image's name and tag)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_alpine_through_arg() => Verify("CG4021", "ARG ALPINE=3.16\nFROM [|alpine:${ALPINE}|]\n");

    [Theory]
    [InlineData("FROM debian:bookworm-slim\n")]
    [InlineData("FROM ubuntu:24.04\n")]
    [InlineData("FROM alpine:3.22\n")]
    [InlineData("FROM alpine:latest\n")]
    [InlineData("FROM python:3.12-slim-bookworm\n")]
    [InlineData("FROM myacr.azurecr.io/app:1.0-bookworm\n")]
    [InlineData("FROM myacr.azurecr.io/app:18\n")]
    [InlineData("FROM ros:kinetic\n")]
    [InlineData("FROM scratch\n")]
    public void Distribution_supported_or_unknown(string dockerfile) => VerifySilent("CG4021", dockerfile);

    [Fact]
    public void Distribution_judged_against_the_clock()
    {
        const string dockerfile = "FROM debian:bullseye\n";
        VerifySilent("CG4021", dockerfile, Options(now: new DateTimeOffset(2026, 8, 31, 23, 0, 0, TimeSpan.Zero)));
        Verify("CG4021", "FROM [|debian:bullseye|]\n", Options(now: new DateTimeOffset(2026, 9, 1, 0, 30, 0, TimeSpan.Zero)));
    }
}
