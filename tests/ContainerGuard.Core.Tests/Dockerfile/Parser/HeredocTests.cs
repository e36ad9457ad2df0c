using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class HeredocTests
{
    [Fact]
    public void Run_heredoc_body_is_a_script_not_instructions()
    {
        var (doc, spans) = Parse("FROM alpine\nRUN [|<<EOF|]\nset -e\n[|apk|] add curl\nFROM not-an-instruction\nEOF\nUSER app\n");
        Assert.Empty(doc.Errors);
        Assert.Equal(new[] { "FROM", "RUN", "USER" }, doc.Instructions.Select(i => i.Keyword));
        var run = (CommandInstruction)doc.Instructions[1];
        var heredoc = run.Heredocs.Single();
        Assert.Equal("EOF", heredoc.Delimiter);
        Assert.False(heredoc.Quoted);
        Assert.False(heredoc.StripTabs);
        Assert.Equal("set -e\napk add curl\nFROM not-an-instruction\n", heredoc.Content.Value);
        Span(doc, spans[0], heredoc.Span);
        var script = run.Scripts.Single();
        Assert.Equal(new[] { "set", "apk", "FROM" }, script.Commands.Select(c => c.Name));
        Span(doc, spans[1], script.Commands[1].Words[0].Span);
        Assert.Equal(doc.Text.GetLineStart(5) + 3, run.Span.End); // through the EOF line
    }

    [Fact]
    public void Strip_tabs_and_quoted_delimiters()
    {
        var doc = ParseClean("FROM alpine\nRUN <<-\"END\"\n\techo $HOME\n\t\tdone\n\tEND\nRUN <<'X'\nx\nX\n");
        var first = ((CommandInstruction)doc.Instructions[1]).Heredocs.Single();
        Assert.True(first.StripTabs);
        Assert.True(first.Quoted);
        Assert.Equal("END", first.Delimiter);
        Assert.Equal("echo $HOME\ndone\n", first.Content.Value);
        Assert.Equal(doc.Text.Content.IndexOf("echo", StringComparison.Ordinal), first.Content.GetSourceOffset(0));
        Assert.True(((CommandInstruction)doc.Instructions[2]).Heredocs.Single().Quoted);
    }

    [Fact]
    public void Several_heredocs_in_one_instruction()
    {
        var doc = ParseClean("FROM alpine\nRUN <<A cat > /x <<B\na\nA\nb\nB\nCOPY <<one <<two /dest/\n1\none\n2\ntwo\n");
        var run = (CommandInstruction)doc.Instructions[1];
        Assert.Equal(new[] { "A", "B" }, run.Heredocs.Select(h => h.Delimiter));
        Assert.Equal(new[] { "a\n", "b\n" }, run.Heredocs.Select(h => h.Content.Value));
        // "<<A cat > /x <<B": the command is cat, the heredocs are its input, not shell scripts.
        Assert.Equal("cat", run.Scripts.Single().Commands.Single().Name);
        Assert.Single(run.Scripts[0].Commands[0].Words);
        var copy = (CopyInstruction)doc.Instructions[2];
        Assert.Equal(new[] { "one", "two" }, copy.Heredocs.Select(h => h.Delimiter));
        Assert.Equal("/dest/", copy.Destination!.Value);
        Assert.Equal(3, doc.Instructions.Count);
    }

    [Fact]
    public void Copy_heredoc_is_a_file()
    {
        var doc = ParseClean("FROM alpine\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\n");
        var copy = (CopyInstruction)doc.Instructions[1];
        Assert.Equal("key=value\n", copy.Heredocs.Single().Content.Value);
        Assert.Equal("/etc/app.conf", copy.Destination!.Value);
    }

    [Fact]
    public void Python_heredoc_is_not_a_shell_script()
    {
        var doc = ParseClean("FROM python\nRUN python3 <<EOF\nimport os; print(os.name)\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n");
        var first = (CommandInstruction)doc.Instructions[1];
        Assert.Single(first.Heredocs);
        Assert.Equal("python3", first.Scripts.Single().Commands.Single().Name);
        var second = (CommandInstruction)doc.Instructions[2];
        Assert.Single(second.Heredocs);
        Assert.Empty(second.Scripts);
    }

    [Fact]
    public void Shell_reading_a_heredoc_or_shell_shebang_is_a_script()
    {
        var doc = ParseClean("FROM alpine\nRUN bash -eux <<EOF\ncurl -fsSL x | sh\nEOF\nRUN <<EOF\n#!/bin/bash\nset -e\nwget x\nEOF\n");
        var first = (CommandInstruction)doc.Instructions[1];
        Assert.Equal(new[] { "bash", "curl", "sh" }, first.Scripts.SelectMany(s => s.Commands).Select(c => c.Name));
        var second = (CommandInstruction)doc.Instructions[2];
        Assert.Equal(new[] { "set", "wget" }, second.Scripts.Single().Commands.Select(c => c.Name));
    }

    [Fact]
    public void Nested_heredoc_inside_a_script_is_skipped()
    {
        var doc = ParseClean("FROM alpine\nRUN <<EOF\ncat > /etc/x <<'CONF'\nrm -rf /\nCONF\necho ok\nEOF\n");
        var script = ((CommandInstruction)doc.Instructions[1]).Scripts.Single();
        Assert.Equal(new[] { "cat", "echo" }, script.Commands.Select(c => c.Name));
    }

    [Fact]
    public void Unterminated_heredoc_is_an_error_at_the_opener()
    {
        var (doc, spans) = Parse("FROM alpine\nRUN [|<<EOF|]\necho hi\n");
        var error = Assert.Single(doc.Errors);
        Assert.Contains("unterminated heredoc", error.Message);
        Span(doc, spans[0], error.Span);
    }

    [Fact]
    public void Here_strings_and_json_forms_are_not_heredocs()
    {
        var doc = ParseClean("FROM alpine\nRUN cat <<<\"text\"\nCMD [\"sh\", \"<<EOF\"]\nUSER app\n");
        Assert.Empty(doc.Instructions[1].Heredocs);
        Assert.Empty(doc.Instructions[2].Heredocs);
        Assert.Equal(4, doc.Instructions.Count);
    }

    [Fact]
    public void Heredoc_with_crlf_line_endings()
    {
        var doc = ParseClean("FROM alpine\r\nRUN <<EOF\r\necho a\r\nEOF\r\nUSER app\r\n");
        var run = (CommandInstruction)doc.Instructions[1];
        Assert.Equal("echo a\n", run.Heredocs.Single().Content.Value);
        Assert.Equal(3, doc.Instructions.Count);
    }
}
