using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class ShellScriptTests
{
    private static ShellScript Script(string run)
    {
        var doc = ParseClean("FROM alpine\nRUN " + run + "\n");
        return ((CommandInstruction)doc.Instructions[1]).ShellForm!;
    }

    private static string[] Names(string run) => Script(run).Commands.Select(c => c.Name).ToArray();

    [Fact]
    public void Operators_split_commands_and_record_what_follows()
    {
        var script = Script("a 1 && b || c; d | e & f |& g");
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f", "g" }, script.Commands.Select(c => c.Name));
        Assert.Equal(new[] { "&&", "||", ";", "|", "&", "|", "" }, script.Commands.Select(c => c.FollowedBy));
    }

    [Fact]
    public void Quotes_and_escapes_are_removed_from_values_and_kept_in_raw()
    {
        var (doc, spans) = Parse("FROM alpine\nRUN echo [|\"a b\"|] 'c;d' e\\ f \"x\\\"y\" && [|\"/usr/bin/curl\"|] -o\"out\"\n");
        var commands = ((CommandInstruction)doc.Instructions[1]).Scripts[0].Commands;
        Assert.Equal(new[] { "echo", "a b", "c;d", "e f", "x\"y" }, commands[0].Words.Select(w => w.Value));
        Assert.Equal("\"a b\"", commands[0].Words[1].Raw);
        Span(doc, spans[0], commands[0].Words[1].Span);
        Assert.Equal("curl", commands[1].Name);
        Span(doc, spans[1], commands[1].Words[0].Span);
        Assert.Equal("-oout", commands[1].Words[1].Value);
    }

    [Fact]
    public void Command_substitutions_are_commands_too()
    {
        var (doc, spans) = Parse("FROM alpine\nRUN echo \"$([|curl|] -s $(cat /url))\" `[|wget|] -O- x` && X=$(id -u) make\n");
        var commands = ((CommandInstruction)doc.Instructions[1]).Scripts[0].Commands;
        Assert.Equal(new[] { "cat", "curl", "wget", "echo", "id", "make" }, commands.Select(c => c.Name));
        Span(doc, spans[0], commands[1].Words[0].Span);
        Span(doc, spans[1], commands[2].Words[0].Span);
        Assert.Equal("$(curl -s $(cat /url))", commands[3].Words[1].Value);
        Assert.Equal("X=$(id -u)", commands[5].Assignments.Single().Value);
    }

    [Fact]
    public void Redirections_are_not_arguments()
    {
        var script = Script("curl -o x https://a > /dev/null 2>&1 && cat < in >> out 2> err &> all && wc <<< \"s\" && tee >(gzip > f.gz) >/dev/null");
        Assert.Equal(new[] { "curl", "-o", "x", "https://a" }, script.Commands[0].Words.Select(w => w.Value));
        Assert.Single(script.Commands[1].Words);
        Assert.Single(script.Commands[2].Words);
        Assert.Equal(new[] { "gzip", "tee" }, script.Commands.Skip(3).Select(c => c.Name));
    }

    [Fact]
    public void Leading_assignments_are_separate()
    {
        var script = Script("DEBIAN_FRONTEND=noninteractive A+=1 apt-get install -y x && export B=2 && C=3");
        Assert.Equal(new[] { "DEBIAN_FRONTEND=noninteractive", "A+=1" }, script.Commands[0].Assignments.Select(a => a.Value));
        Assert.Equal("apt-get", script.Commands[0].Name);
        Assert.Equal("export", script.Commands[1].Name);
        Assert.Equal("B=2", script.Commands[1].Words[1].Value);
        Assert.Empty(script.Commands[2].Words);
        Assert.Equal("", script.Commands[2].Name);
    }

    [Fact]
    public void Keywords_are_not_program_names()
    {
        Assert.Equal(new[] { "[", "apk", "apt-get" }, Names("if [ -f /etc/alpine-release ]; then apk add x; else apt-get install x; fi"));
        Assert.Equal(new[] { "echo" }, Names("for f in a b $(echo c); do echo $f; done").Skip(1).ToArray());
        Assert.Equal(new[] { "true", "sleep" }, Names("while ! true; do sleep 1; done"));
        Assert.Equal(new[] { "cd", "make", "rm" }, Names("(cd /src && make) && { rm -rf /tmp/x; }"));
        Assert.Equal(new[] { "echo", "then", "do", "fi" }, Script("echo then do fi").Commands.Single().Words.Select(w => w.Value));
    }

    [Fact]
    public void Case_patterns_are_not_commands()
    {
        Assert.Equal(new[] { "dpkg", "echo", "echo", "echo", "true" },
            Names("case \"$(dpkg --print-architecture)\" in amd64|x86_64) echo a ;; (arm64) echo b ;; *) echo c; esac; true"));
    }

    [Fact]
    public void Double_brackets_keep_their_operators()
    {
        var script = Script("[[ -n \"$A\" && $B == x ]] && echo yes");
        Assert.Equal(new[] { "[[", "echo" }, script.Commands.Select(c => c.Name));
        Assert.Equal("]]", script.Commands[0].Words.Last().Value);
    }

    [Fact]
    public void Comments_start_at_a_word()
    {
        var doc = ParseClean("FROM alpine\nRUN <<EOF\necho a#b # comment && rm x\n# whole line\nls\nEOF\n");
        var commands = ((CommandInstruction)doc.Instructions[1]).Scripts.Single().Commands;
        Assert.Equal(new[] { "echo", "ls" }, commands.Select(c => c.Name));
        Assert.Equal("a#b", commands[0].Words[1].Value);
        Assert.Equal(";", commands[0].FollowedBy);
    }

    [Fact]
    public void Arithmetic_and_parameter_expansion_are_words()
    {
        var script = Script("echo $((1 + (2 * 3))) ${A:-$(x)} && (( i++ )) && ls");
        Assert.Equal(new[] { "echo", "ls" }, script.Commands.Select(c => c.Name));
        Assert.Equal("$((1 + (2 * 3)))", script.Commands[0].Words[1].Value);
    }

    [Fact]
    public void Unbalanced_input_is_incomplete_not_an_exception()
    {
        Assert.True(Script("echo \"abc").IsIncomplete);
        Assert.True(Script("echo $(abc").IsIncomplete);
        Assert.True(Script("echo 'abc").IsIncomplete);
        Assert.True(Script("echo a )").IsIncomplete);
        Assert.False(Script("echo ok").IsIncomplete);
    }
}
