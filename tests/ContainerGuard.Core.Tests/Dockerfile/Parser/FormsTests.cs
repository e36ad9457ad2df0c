using ContainerGuard.Dockerfile;
using static ContainerGuard.Tests.Dockerfile.Parser.ParserAssert;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class FormsTests
{
    [Fact]
    public void Exec_form_elements_have_decoded_values_and_spans()
    {
        var (doc, spans) = Parse("FROM alpine\nCMD [ [|\"dotnet\"|], [|\"app \\\"x\\\".dll\"|],\"\\u0041\" ]\n");
        Assert.Empty(doc.Errors);
        var cmd = (CommandInstruction)doc.Instructions[1];
        Assert.True(cmd.IsJsonForm);
        Assert.Equal(new[] { "dotnet", "app \"x\".dll", "A" }, cmd.JsonArguments.Select(w => w.Value));
        Span(doc, spans[0], cmd.JsonArguments[0].Span);
        Span(doc, spans[1], cmd.JsonArguments[1].Span);
        Assert.Empty(cmd.Scripts);
        Assert.Null(cmd.ShellForm);
    }

    [Theory]
    [InlineData("CMD [\"a\", 'b']")]
    [InlineData("CMD [\"a\",]")]
    [InlineData("CMD [\"a\"")]
    [InlineData("CMD [a]")]
    [InlineData("ENTRYPOINT [\"a\"] x")]
    public void Invalid_json_falls_back_to_the_shell_form(string line)
    {
        var doc = ParseClean("FROM alpine\n" + line + "\n");
        var cmd = (CommandInstruction)doc.Instructions[1];
        Assert.False(cmd.IsJsonForm);
        Assert.NotNull(cmd.ShellForm);
    }

    [Fact]
    public void Json_array_of_non_strings_is_an_error_like_docker()
    {
        var doc = DockerfileParser.Parse("FROM alpine\nCMD [\"a\", 1]\n");
        Assert.Contains("strings only", Assert.Single(doc.Errors).Message);
    }

    [Fact]
    public void Exec_form_sh_dash_c_script_is_parsed_with_spans()
    {
        var (doc, spans) = Parse("FROM alpine\nRUN [\"/bin/sh\", \"-ec\", \"[|curl|] -fsSL https://x | [|sh|]\"]\n");
        Assert.Empty(doc.Errors);
        var run = (CommandInstruction)doc.Instructions[1];
        var commands = run.Scripts.Single().Commands;
        Assert.Equal(new[] { "curl", "sh" }, commands.Select(c => c.Name));
        Assert.True(commands[0].PipesIntoNext);
        Span(doc, spans[0], commands[0].Words[0].Span);
        Span(doc, spans[1], commands[1].Words[0].Span);
    }

    [Fact]
    public void Exec_form_without_shell_has_no_script()
    {
        var doc = ParseClean("FROM alpine\nRUN [\"apk\", \"add\", \"-c\", \"curl\"]\n");
        Assert.Empty(((CommandInstruction)doc.Instructions[1]).Scripts);
    }

    [Fact]
    public void Copy_and_add_exec_and_shell_forms()
    {
        var (doc, spans) = Parse("FROM alpine\nCOPY [\"a b\", [|\"c\"|], \"/dest/\"]\nADD --checksum=sha256:abc --keep-git-dir=true [|https://x/y.tgz|] /opt/\n");
        Assert.Empty(doc.Errors);
        var copy = (CopyInstruction)doc.Instructions[1];
        Assert.True(copy.IsJsonForm);
        Assert.Equal(new[] { "a b", "c" }, copy.Sources.Select(w => w.Value));
        Assert.Equal("/dest/", copy.Destination!.Value);
        Span(doc, spans[0], copy.Sources[1].Span);
        var add = (CopyInstruction)doc.Instructions[2];
        Assert.Equal("sha256:abc", add.FindFlag("checksum")!.Value);
        Assert.Equal("true", add.FindFlag("keep-git-dir")!.Value);
        Span(doc, spans[1], add.Sources.Single().Span);
        Assert.Equal("/opt/", add.Destination!.Value);
    }

    [Fact]
    public void Words_instructions()
    {
        var doc = ParseClean("FROM alpine\nUSER app:app\nEXPOSE 80/tcp 443\nVOLUME [\"/data\", \"/logs\"]\nVOLUME /a /b\nSTOPSIGNAL SIGTERM\nWORKDIR /app\nMAINTAINER someone\n");
        Assert.Equal("app:app", ((WordsInstruction)doc.Instructions[1]).Words.Single().Value);
        Assert.Equal(new[] { "80/tcp", "443" }, ((WordsInstruction)doc.Instructions[2]).Words.Select(w => w.Value));
        Assert.True(doc.Instructions[3].IsJsonForm);
        Assert.Equal(new[] { "/data", "/logs" }, ((WordsInstruction)doc.Instructions[3]).Words.Select(w => w.Value));
        Assert.Equal(new[] { "/a", "/b" }, ((WordsInstruction)doc.Instructions[4]).Words.Select(w => w.Value));
    }

    [Fact]
    public void Healthcheck_cmd_and_none()
    {
        var doc = ParseClean("FROM alpine\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"/bin/check\"]\n");
        var first = (CommandInstruction)doc.Instructions[1];
        Assert.Equal("30s", first.FindFlag("interval")!.Value);
        Assert.Equal(new[] { "curl", "exit" }, first.Scripts[0].Commands.Select(c => c.Name));
        Assert.Empty(((CommandInstruction)doc.Instructions[2]).Scripts);
        Assert.Equal("/bin/check", ((CommandInstruction)doc.Instructions[3]).JsonArguments.Single().Value);
    }

    [Fact]
    public void Shell_instruction_requires_json()
    {
        ParseClean("FROM alpine\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n");
        var doc = DockerfileParser.Parse("FROM alpine\nSHELL /bin/bash -c\n");
        Assert.Contains("JSON", Assert.Single(doc.Errors).Message);
    }

    [Fact]
    public void Onbuild_trigger_is_an_instruction_with_spans()
    {
        var (doc, spans) = Parse("FROM alpine\nONBUILD [|copy|] --chown=app . [|/app|]\nONBUILD RUN [|make|]\n");
        Assert.Empty(doc.Errors);
        var copy = Assert.IsType<CopyInstruction>(((OnBuildInstruction)doc.Instructions[1]).Trigger);
        Assert.Equal("COPY", copy.Keyword);
        Span(doc, spans[0], copy.KeywordSpan);
        Span(doc, spans[1], copy.Destination!.Span);
        Assert.Equal("app", copy.FindFlag("chown")!.Value);
        var run = Assert.IsType<CommandInstruction>(((OnBuildInstruction)doc.Instructions[2]).Trigger);
        Span(doc, spans[2], run.Scripts[0].Commands[0].Words[0].Span);
    }
}
