using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class KeyValueAndFromTests
{
    [Fact]
    public void Env_pairs_with_quotes_and_spans()
    {
        var (doc, spans) = Parse("FROM alpine\nENV [|A|]=1 [|B|]=[|\"two words\"|] C='x' \\\n    D=a\\ b E=\n");
        Assert.Empty(doc.Errors);
        var env = (KeyValueInstruction)doc.Instructions[1];
        Assert.Equal(new[] { "A", "B", "C", "D", "E" }, env.Pairs.Select(p => p.Key.Value));
        Assert.Equal(new[] { "1", "two words", "x", "a b", "" }, env.Pairs.Select(p => p.Value!.Value));
        Span(doc, spans[0], env.Pairs[0].Key.Span);
        Span(doc, spans[1], env.Pairs[1].Key.Span);
        Span(doc, spans[2], env.Pairs[1].Value!.Span);
        Assert.Equal("\"two words\"", env.Pairs[1].Value!.Raw);
    }

    [Fact]
    public void Legacy_env_value_is_the_rest_of_the_line()
    {
        var (doc, spans) = Parse("FROM alpine\nENV [|PATH|] [|/opt/bin:$PATH and more|]\n");
        Assert.Empty(doc.Errors);
        var pair = ((KeyValueInstruction)doc.Instructions[1]).Pairs.Single();
        Assert.Equal("PATH", pair.Key.Value);
        Assert.Equal("/opt/bin:$PATH and more", pair.Value!.Value);
        Span(doc, spans[0], pair.Key.Span);
        Span(doc, spans[1], pair.Value.Span);
    }

    [Fact]
    public void Label_keys_can_be_quoted()
    {
        var doc = ParseClean("FROM alpine\nLABEL \"com.example.vendor\"=\"ACME Inc\" version=1.0\n");
        var label = (KeyValueInstruction)doc.Instructions[1];
        Assert.Equal("LABEL", label.Keyword);
        Assert.Equal(new[] { "com.example.vendor", "version" }, label.Pairs.Select(p => p.Key.Value));
        Assert.Equal("ACME Inc", label.Pairs[0].Value!.Value);
    }

    [Fact]
    public void Env_errors_match_docker()
    {
        Assert.NotEmpty(DockerfileParser.Parse("FROM alpine\nENV A=1 B\n").Errors);
        Assert.NotEmpty(DockerfileParser.Parse("FROM alpine\nENV A\n").Errors);
        Assert.NotEmpty(DockerfileParser.Parse("FROM alpine\nENV\n").Errors);
    }

    [Fact]
    public void Arg_declarations()
    {
        var (doc, spans) = Parse("ARG [|VERSION|]\nARG A=1 [|B|]=[|\"x y\"|]\nFROM alpine:$VERSION\n");
        Assert.Empty(doc.Errors);
        var first = (ArgInstruction)doc.Instructions[0];
        Assert.Null(first.Declarations.Single().Value);
        Span(doc, spans[0], first.Declarations[0].Key.Span);
        var second = (ArgInstruction)doc.Instructions[1];
        Assert.Equal(new[] { "A", "B" }, second.Declarations.Select(d => d.Key.Value));
        Assert.Equal("x y", second.Declarations[1].Value!.Value);
        Span(doc, spans[1], second.Declarations[1].Key.Span);
        Span(doc, spans[2], second.Declarations[1].Value!.Span);
        Assert.Equal(2, doc.GlobalArgs.Count());
    }

    [Theory]
    [InlineData("ARG TAG=3.20\nFROM alpine:$TAG", "alpine:3.20")]
    [InlineData("ARG TAG=3.20\nFROM alpine:${TAG}", "alpine:3.20")]
    [InlineData("ARG TAG\nFROM alpine:${TAG:-3.19}", null)]
    [InlineData("FROM alpine:${TAG:-3.19}", "alpine:3.19")]
    [InlineData("FROM alpine:${TAG-3.19}", "alpine:3.19")]
    [InlineData("ARG TAG=\nFROM alpine:${TAG-3.19}x", "alpine:x")]
    [InlineData("ARG TAG=\nFROM alpine:${TAG:-3.19}", "alpine:3.19")]
    [InlineData("ARG SLIM=1\nFROM python:3.12${SLIM:+-slim}", "python:3.12-slim")]
    [InlineData("FROM python:3.12${SLIM:+-slim}", "python:3.12")]
    [InlineData("ARG REG=mcr.microsoft.com\nARG IMG=$REG/dotnet/aspnet\nFROM ${IMG}:8.0", "mcr.microsoft.com/dotnet/aspnet:8.0")]
    [InlineData("ARG BASE\nFROM $BASE", null)]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:${TARGETARCH}", null)]
    [InlineData("FROM $UNDECLARED", null)]
    [InlineData("ARG V=1.2.3\nFROM img:${V%.3}", "img:1.2")]
    public void Resolved_image_expands_global_args(string text, string? expected)
    {
        var doc = ParseClean(text + "\n");
        Assert.Equal(expected, doc.Stages[0].From.ResolvedImage);
    }

    [Fact]
    public void Stage_reference_is_case_insensitive_and_uses_expanded_name()
    {
        var doc = ParseClean("ARG BUILDER=Build\nFROM alpine AS build\nFROM BUILD AS a\nFROM $BUILDER AS b\nFROM alpine AS c\n");
        Assert.Same(doc.Stages[0], doc.Stages[1].BaseStage);
        Assert.Same(doc.Stages[0], doc.Stages[2].BaseStage);
        Assert.Null(doc.Stages[3].BaseStage);
        Assert.Same(doc.Stages[0], doc.FindStage("BuIlD"));
    }

    [Theory]
    [InlineData("FROM\n", "FROM requires")]
    [InlineData("FROM alpine AS\n", "one or three")]
    [InlineData("FROM alpine base\n", "one or three")]
    [InlineData("FROM alpine AS 1st\n", "invalid name")]
    [InlineData("FROM alpine AS a b\n", "one or three")]
    [InlineData("FROM alpine AS x\nFROM alpine AS X\n", "duplicate stage")]
    public void From_errors(string text, string message)
    {
        var doc = DockerfileParser.Parse(text);
        Assert.Contains(doc.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }
}
