using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

/// <summary>The verifier's clock is 2026-11-29: .NET 8 and 9 ended 2026-11-10.</summary>
public class CG4022EndOfLifeRuntimeRuleTests
{
    [Fact]
    public void Dotnet_8_ended_on_2026_11_10()
    {
        var finding = Verify("CG4022", """
            FROM [|mcr.microsoft.com/dotnet/sdk:8.0|] AS build
            FROM [|mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled|]
            """).First();
        Assert.Contains(".NET 8.0", finding.Message);
        Assert.Contains("2026-11-10", finding.Message);
    }

    [Fact]
    public void Dotnet_8_before_its_end() => VerifySilent("CG4022", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n", Options(now: new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Node_python_and_codename_tags() => Verify("CG4022", """
        FROM [|node:18-alpine|] AS web
        FROM [|node:hydrogen|] AS web2
        FROM [|python:3.8|] AS tool
        FROM [|golang:1.21|] AS go
        FROM [|php:7.4-fpm|]
        """);

    [Fact]
    public void Major_only_tags_and_runtimes_read_from_the_name() => Verify("CG4022", """
        FROM [|mcr.microsoft.com/devcontainers/typescript-node:18-bullseye|] AS dev
        FROM [|ruby:2|] AS gems
        FROM [|php:7-apache-bullseye|]
        """);

    [Fact]
    public void A_runtime_read_from_the_name_says_so()
    {
        var finding = Verify("CG4022", "FROM [|mcr.microsoft.com/devcontainers/typescript-node:18-bullseye|]\n").Single();
        Assert.Contains("Node.js 18 image (read from the image's name and tag)", finding.Message, StringComparison.Ordinal);
        var line = Verify("CG4022", "FROM [|php:7-apache-bullseye|]\n").Single();
        Assert.Contains("PHP 7", line.Message, StringComparison.Ordinal);
        Assert.Contains("2022-11-28", line.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM mcr.microsoft.com/devcontainers/base:1-bookworm\n")]
    [InlineData("FROM mcr.microsoft.com/devcontainers/typescript-node:4\n")]
    [InlineData("FROM ruby:3\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n")]
    [InlineData("FROM node:22\n")]
    [InlineData("FROM node:lts\n")]
    [InlineData("FROM python:3\n")]
    [InlineData("FROM python:3.12\n")]
    [InlineData("FROM golang:1.26\n")]
    [InlineData("FROM myacr.azurecr.io/team/node-app:18\n")]
    public void Runtime_supported_or_unknown(string dockerfile) => VerifySilent("CG4022", dockerfile);

    [Fact]
    public void Both_at_once_on_one_image()
    {
        var findings = Lint("FROM python:3.7-buster\n");
        Assert.Contains(findings, f => f.RuleId == "CG4021");
        Assert.Contains(findings, f => f.RuleId == "CG4022");
    }
}
