using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class ParserBasicsTests
{
    [Fact]
    public void Instructions_keywords_are_upper_cased_with_keyword_spans()
    {
        var (doc, spans) = Parse("[|from|] alpine:3.20\n\n# comment\n  [|Run|] echo hi\n");
        Assert.Empty(doc.Errors);
        Assert.Equal(new[] { "FROM", "RUN" }, doc.Instructions.Select(i => i.Keyword));
        Span(doc, spans[0], doc.Instructions[0].KeywordSpan);
        Span(doc, spans[1], doc.Instructions[1].KeywordSpan);
    }

    [Fact]
    public void A_keyword_right_before_a_continuation_and_unknown_keywords_keep_their_spans()
    {
        var (doc, spans) = Parse("FROM alpine\n[|run|]\\\n  [|echo|] hi\n[|Frobnicate|] x\n");
        Assert.Equal(new[] { "FROM", "RUN", "FROBNICATE" }, doc.Instructions.Select(i => i.Keyword));
        Span(doc, spans[0], doc.Instructions[1].KeywordSpan);
        var run = Assert.IsType<CommandInstruction>(doc.Instructions[1]);
        Assert.Equal("echo hi", run.Arguments.Value);
        Span(doc, spans[1], run.Scripts[0].Commands[0].Words[0].Span);
        Span(doc, spans[2], doc.Instructions[2].KeywordSpan);
    }

    [Fact]
    public void Continuation_joins_lines_and_keeps_word_positions()
    {
        var (doc, spans) = Parse("FROM alpine\nRUN apk add \\\n    [|curl|] \\  \n\n    # a comment inside\n    && [|rm|] -rf /x\n");
        Assert.Empty(doc.Errors);
        var run = Assert.IsType<CommandInstruction>(doc.Instructions[1]);
        Assert.Equal("apk add     curl     && rm -rf /x", run.Arguments.Value);
        var commands = run.Scripts.Single().Commands;
        Assert.Equal(2, commands.Count);
        Assert.Equal("&&", commands[0].FollowedBy);
        Span(doc, spans[0], commands[0].Words[2].Span);
        Span(doc, spans[1], commands[1].Words[0].Span);
    }

    [Fact]
    public void Crlf_bom_and_tabs_are_handled()
    {
        var doc = ParseClean("\uFEFFFROM\talpine AS base\r\nRUN\techo a \\\r\n\tb\r\n");
        var from = Assert.IsType<FromInstruction>(doc.Instructions[0]);
        Assert.Equal("alpine", from.Image!.Value);
        Assert.Equal("base", from.StageName!.Value);
        var run = (CommandInstruction)doc.Instructions[1];
        Assert.Equal(new[] { "echo", "a", "b" }, run.Scripts[0].Commands[0].Words.Select(w => w.Value));
        Assert.Equal(new Text.LinePosition(3, 2), doc.Text.GetPosition(run.Scripts[0].Commands[0].Words[2].Span.Start));
    }

    [Fact]
    public void Flags_have_name_value_and_spans()
    {
        var (doc, spans) = Parse("FROM [|--platform=[|$BUILDPLATFORM|]|] golang AS build\nFROM alpine\nCOPY --from=build [|--chown=\"1000:1000\"|] [|--link|] /out /app\n");
        Assert.Empty(doc.Errors);
        var platform = doc.Instructions[0].FindFlag("platform")!;
        Assert.Equal("$BUILDPLATFORM", platform.Value);
        Span(doc, spans[0], platform.Span);
        Span(doc, spans[1], platform.ValueSpan);
        var copy = Assert.IsType<CopyInstruction>(doc.Instructions[2]);
        Assert.Equal("build", copy.FindFlag("from")!.Value);
        Assert.Equal("1000:1000", copy.FindFlag("chown")!.Value);
        Span(doc, spans[2], copy.FindFlag("chown")!.Span);
        Assert.Null(copy.FindFlag("link")!.Value);
        Span(doc, spans[3], copy.FindFlag("link")!.Span);
        Assert.Equal("/out", copy.Sources.Single().Value);
        Assert.Equal("/app", copy.Destination!.Value);
    }

    [Fact]
    public void Run_mount_flag_value_keeps_commas()
    {
        var doc = ParseClean("FROM alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc --network=none npm ci\n");
        var run = doc.Instructions[1];
        Assert.Equal("type=secret,id=npmrc,target=/root/.npmrc", run.FindFlag("mount")!.Value);
        Assert.Equal("none", run.FindFlag("network")!.Value);
        Assert.Equal("npm ci", run.Arguments.Value);
    }

    [Fact]
    public void Stages_base_stage_and_final()
    {
        var doc = ParseClean("ARG V=1\nFROM mcr.microsoft.com/dotnet/sdk:8.0 AS Build\nRUN dotnet publish\nFROM build AS test\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n");
        Assert.Equal(3, doc.Stages.Count);
        Assert.Same(doc.Stages[0], doc.Stages[1].BaseStage);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:8.0", doc.Stages[1].RootImage);
        Assert.True(doc.Stages[2].IsFinal);
        Assert.False(doc.Stages[0].IsFinal);
        Assert.Null(doc.Instructions[0].Stage);
        Assert.Same(doc.Stages[0], doc.Instructions[2].Stage);
        Assert.Single(doc.GlobalArgs);
        Assert.Equal(2, doc.Stages[2].Instructions.Count);
    }
}
