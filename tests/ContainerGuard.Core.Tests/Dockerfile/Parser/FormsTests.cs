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
    public void Invalid_json_falls_back_to_the_shell_form(string line)
    {
        var doc = ParseClean("FROM alpine\n" + line + "\n");
        var cmd = (CommandInstruction)doc.Instructions[1];
        Assert.False(cmd.IsJsonForm);
        Assert.NotNull(cmd.ShellForm);
    }

    [Fact]
    public void Text_after_a_json_array_is_ignored_like_buildkit()
    {
        // BuildKit decodes the first JSON value of the line and ignores what follows.
        var doc = ParseClean("FROM alpine\nENTRYPOINT [\"a\"] x\n");
        var entrypoint = (CommandInstruction)doc.Instructions[1];
        Assert.True(entrypoint.IsJsonForm);
        Assert.Equal("a", entrypoint.JsonArguments.Single().Value);
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

public class WindowsShellTests
{
    [Fact]
    public void Windows_image_shell_text_keeps_backslashes()
    {
        var doc = ParseAssertHelpers.Clean("FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\nRUN dir C:\\Windows\\Temp && echo ok\nFROM build\nRUN type C:\\x.txt\nFROM alpine\nRUN echo a\\ b\n");
        var runs = doc.Instructions.OfType<CommandInstruction>().ToList();
        Assert.True(runs[0].ShellForm!.IsWindows);
        Assert.Equal(@"C:\Windows\Temp", runs[0].ShellForm!.Commands[0].Words[1].Value);
        Assert.True(runs[1].ShellForm!.IsWindows);
        Assert.False(runs[2].ShellForm!.IsWindows);
        Assert.Equal("a b", runs[2].ShellForm!.Commands[0].Words[1].Value);
    }

    [Fact]
    public void Powershell_shell_instruction_switches_to_windows_text()
    {
        var doc = ParseAssertHelpers.Clean("FROM alpine\nRUN echo a\\b\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item C:\\x\nSHELL [\"/bin/sh\", \"-c\"]\nRUN echo a\\b\n");
        var runs = doc.Instructions.OfType<CommandInstruction>().Where(c => c.Keyword == "RUN").ToList();
        Assert.Equal(new[] { false, true, false }, runs.Select(r => r.ShellForm!.IsWindows));
        Assert.Equal(@"C:\x", runs[1].ShellForm!.Commands[0].Words[1].Value);
    }

    [Fact]
    public void Exec_form_bash_with_options_before_dash_c()
    {
        var doc = ParseAssertHelpers.Clean("FROM alpine\nRUN [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\", \"wget -qO- x | tar xz\"]\n");
        Assert.Equal(new[] { "wget", "tar" }, ((CommandInstruction)doc.Instructions[1]).Scripts.Single().Commands.Select(c => c.Name));
    }

    [Fact]
    public void Onbuild_trigger_inherits_ignores_and_stage()
    {
        var doc = ParseAssertHelpers.Clean("FROM alpine\n# containerguard ignore=CG4010\nONBUILD RUN curl x | sh\n");
        var trigger = ((OnBuildInstruction)doc.Instructions[1]).Trigger!;
        Assert.Equal(new[] { "CG4010" }, trigger.IgnoredRuleIds);
        Assert.Same(doc.Stages[0], trigger.Stage);
        Assert.DoesNotContain(trigger, doc.Stages[0].Instructions);
    }

    [Fact]
    public void From_image_value_is_unquoted()
    {
        var doc = ParseAssertHelpers.Clean("FROM \"alpine:3.20\"\n");
        Assert.Equal("alpine:3.20", doc.Stages[0].From.Image!.Value);
        Assert.Equal("alpine:3.20", doc.Stages[0].From.ResolvedImage);
    }
}

internal static class ParseAssertHelpers
{
    public static DockerfileDocument Clean(string text) => ParserAssert.ParseClean(text);
}
