using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class DirectiveAndLineTests
{
    [Fact]
    public void Directives_at_the_top_are_read_case_insensitively()
    {
        var (doc, spans) = Parse("[|# syntax=docker/dockerfile:1.7|]\n[|#CHECK = skip=all|]\nFROM alpine\n");
        Assert.Empty(doc.Errors);
        Assert.Equal(new[] { "syntax", "check" }, doc.Directives.Select(d => d.Name));
        Assert.Equal("docker/dockerfile:1.7", doc.Directives[0].Value);
        Assert.Equal("skip=all", doc.Directives[1].Value);
        Span(doc, spans[0], doc.Directives[0].Span);
        Span(doc, spans[1], doc.Directives[1].Span);
    }

    [Theory]
    [InlineData("# a comment\n# escape=`\nFROM alpine\n")]
    [InlineData("\n# escape=`\nFROM alpine\n")]
    [InlineData("FROM alpine\n# escape=`\n")]
    [InlineData("# unknown=1\n# escape=`\nFROM alpine\n")]
    public void Directives_after_any_other_line_are_comments(string text)
    {
        var doc = ParseClean(text);
        Assert.Equal('\\', doc.EscapeChar);
        Assert.DoesNotContain(doc.Directives, d => d.Name == "escape");
    }

    [Fact]
    public void Escape_backtick_switches_continuations_and_keeps_backslashes()
    {
        var (doc, spans) = Parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    [|Invoke-WebRequest|] -OutFile C:\\temp\\x.zip ; `\n    Remove-Item C:\\temp\\x.zip\nWORKDIR [|C:\\app\\|]\n");
        Assert.Empty(doc.Errors);
        Assert.Equal('`', doc.EscapeChar);
        var run = (CommandInstruction)doc.Instructions[1];
        var commands = run.Scripts.Single().Commands;
        Assert.Equal(2, commands.Count);
        Span(doc, spans[0], commands[0].Words[2].Span);
        Assert.Equal(@"C:\temp\x.zip", commands[0].Words[4].Value);
        var workdir = Assert.IsType<WordsInstruction>(doc.Instructions[2]);
        Assert.Equal(@"C:\app\", workdir.Words.Single().Value);
        Span(doc, spans[1], workdir.Words[0].Span);
    }

    [Fact]
    public void Duplicate_and_invalid_directives_are_errors()
    {
        var (doc, spans) = Parse("# escape=\\\n[|# escape=`|]\nFROM alpine\n");
        var error = Assert.Single(doc.Errors);
        Span(doc, spans[0], error.Span);

        doc = DockerfileParser.Parse("# escape=x\nFROM alpine\n");
        Assert.Contains("invalid escape token", Assert.Single(doc.Errors).Message);
    }

    [Fact]
    public void Continuation_with_trailing_blanks_empty_lines_and_comments()
    {
        var doc = ParseClean("FROM alpine\nRUN set -eux; \\   \n\n   \n# comment \\\n  # indented comment\n    apk add curl \\\t\n    && echo done\nUSER app\n");
        Assert.Equal(3, doc.Instructions.Count);
        var run = (CommandInstruction)doc.Instructions[1];
        Assert.Equal(new[] { "set", "apk", "echo" }, run.Scripts[0].Commands.Select(c => c.Name));
        Assert.Equal("USER", doc.Instructions[2].Keyword);
        Assert.Equal(new Text.LinePosition(9, 1), doc.Text.GetPosition(doc.Instructions[2].KeywordSpan.Start));
    }

    [Fact]
    public void Continuation_at_end_of_file_is_fine()
    {
        var doc = ParseClean("FROM alpine\nRUN echo hi \\");
        var run = (CommandInstruction)doc.Instructions[1];
        Assert.Equal("echo hi", run.Arguments.Value);
        Assert.Equal(doc.Text.Length - 2, run.Span.End);
    }

    [Fact]
    public void Instruction_span_covers_continuation_lines()
    {
        var (doc, spans) = Parse("FROM alpine\n[|RUN a \\\n  b|]\n");
        Span(doc, spans[0], doc.Instructions[1].Span);
    }

    [Fact]
    public void Ignore_comments_attach_to_the_next_instruction()
    {
        var doc = ParseClean(
            "FROM alpine\n" +
            "# containerguard ignore=CG4001,cg4002 because the base image needs it\n" +
            "# some other note\n" +
            "# ContainerGuard ignore = CG4003, CG4004\n" +
            "RUN a\n" +
            "# containerguard ignore=CG4005\n" +
            "\n" +
            "RUN b\n" +
            "RUN c \\\n" +
            "# containerguard ignore=CG4006\n" +
            "  d\n" +
            "RUN e\n");
        Assert.Equal(new[] { "CG4001", "CG4002", "CG4003", "CG4004" }, doc.Instructions[1].IgnoredRuleIds);
        Assert.Empty(doc.Instructions[2].IgnoredRuleIds); // a blank line separates the comment
        Assert.Empty(doc.Instructions[3].IgnoredRuleIds);
        Assert.Empty(doc.Instructions[4].IgnoredRuleIds); // comments inside a continuation are dropped
    }

    [Fact]
    public void Comment_lines_inside_an_instruction_do_not_start_instructions()
    {
        var doc = ParseClean("FROM alpine\nRUN echo a \\\n# RUN not-an-instruction\n && echo b\n");
        Assert.Equal(2, doc.Instructions.Count);
        Assert.Equal(2, ((CommandInstruction)doc.Instructions[1]).Scripts[0].Commands.Count);
    }
}
