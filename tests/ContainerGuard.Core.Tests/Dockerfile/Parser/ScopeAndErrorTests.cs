using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class ScopeAndErrorTests
{
    private static string? ExpandLastWord(string text)
    {
        var doc = ParseClean(text);
        var last = (WordsInstruction)doc.Instructions[doc.Instructions.Count - 1];
        return doc.ScopeAt(last).Expand(last.Words[0]);
    }

    [Theory]
    [InlineData("FROM alpine\nENV APP_UID=1654\nUSER $APP_UID", "1654")]
    [InlineData("FROM alpine\nARG UID=1000\nUSER ${UID}:${UID}", "1000:1000")]
    [InlineData("ARG UID=42\nFROM alpine\nARG UID\nUSER $UID", "42")]
    [InlineData("ARG UID=42\nFROM alpine\nUSER $UID", null)]
    [InlineData("FROM alpine\nARG UID\nUSER $UID", null)]
    [InlineData("FROM alpine\nUSER $APP_UID", null)]
    [InlineData("FROM alpine\nENV U=app\nARG U=root\nUSER $U", "app")]
    [InlineData("FROM alpine\nENV A=1\nENV A=2 B=$A\nUSER $B", "1")]
    [InlineData("FROM alpine AS base\nENV HOME_DIR=/srv\nARG NOT_INHERITED=1\nFROM base\nWORKDIR $HOME_DIR", "/srv")]
    [InlineData("FROM alpine AS base\nARG X=1\nFROM base\nWORKDIR /$X", null)]
    [InlineData("FROM alpine\nUSER root", "root")]
    [InlineData("FROM alpine\nUSER \"app\"", "app")]
    public void Scope_expands_with_args_and_env_in_effect(string text, string? expected)
        => Assert.Equal(expected, ExpandLastWord(text + "\n"));

    [Fact]
    public void Scope_lists_variables()
    {
        var doc = ParseClean("ARG G=1\nFROM alpine\nARG G\nARG NODEF\nENV E=x\nUSER app\n");
        var scope = doc.ScopeAt(doc.Instructions[5]);
        Assert.True(scope.TryGetValue("G", out var g));
        Assert.Equal("1", g);
        Assert.True(scope.TryGetValue("NODEF", out var nodef));
        Assert.Null(nodef);
        Assert.Equal("x", scope.Variables["E"]);
        Assert.False(scope.IsDeclared("OTHER"));
        Assert.Equal("1", doc.GlobalScope.Expand("$G"));
        Assert.Equal("", doc.GlobalScope.Expand("$OTHER"));
    }

    [Theory]
    [InlineData("FROM alpine\nFOO bar\n", "unknown instruction: FOO")]
    [InlineData("RUN echo\nFROM alpine\n", "before the first FROM")]
    [InlineData("FROM alpine\nCOPY onlyone\n", "at least two arguments")]
    [InlineData("FROM alpine\nHEALTHCHECK STOP\n", "HEALTHCHECK")]
    [InlineData("FROM alpine\nONBUILD ONBUILD RUN x\n", "Chaining ONBUILD")]
    [InlineData("FROM alpine\nONBUILD FROM alpine\n", "FROM isn't allowed")]
    [InlineData("FROM alpine\nUSER\n", "USER requires")]
    [InlineData("FROM alpine\nEXPOSE\n", "EXPOSE requires")]
    [InlineData("FROM alpine\nWORKDIR\n", "WORKDIR requires")]
    [InlineData("ARG\nFROM alpine\n", "ARG requires")]
    [InlineData("# only a comment\n", "no instructions")]
    [InlineData("ARG A=1\n", "no FROM")]
    public void Docker_rejections_are_errors(string text, string message)
    {
        var doc = DockerfileParser.Parse(text);
        Assert.Contains(doc.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Errors, e => e.Message.Contains(DockerfileParser.InternalErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_instruction_error_points_at_the_keyword()
    {
        var (doc, spans) = Parse("FROM alpine\n[|CMDD|] x\n");
        Span(doc, spans[0], Assert.Single(doc.Errors).Span);
        Assert.IsType<WordsInstruction>(doc.Instructions[1]);
    }

    [Fact]
    public void Keywords_and_flags_docker_accepts_are_not_errors()
    {
        ParseClean("# syntax=docker/dockerfile:1\n# check=error=true\nARG A\nfrom --platform=linux/amd64 alpine as Base\nrun --mount=type=cache,target=/var/cache/apk apk add x\nCOPY --parents --exclude=*.md . /src\nADD --chmod=755 https://x /y\nSTOPSIGNAL SIGKILL\nCMD\nENTRYPOINT []\n");
    }
}
