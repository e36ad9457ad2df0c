using ContainerGuard.Dockerfile;

namespace ContainerGuard.Tests.Dockerfile.Parser;

public class ProgramNameTests
{
    [Theory]
    [InlineData("curl", "curl")]
    [InlineData("/usr/bin/curl", "curl")]
    [InlineData(@"C:\git\cmd\git.exe", "git")]
    [InlineData("curl.exe", "curl")]
    [InlineData(".exe", ".exe")]
    [InlineData("", "")]
    // Characters .NET Framework's Path.GetFileName rejects: MSBuild in Visual Studio runs us there.
    [InlineData("a|b", "a|b")]
    [InlineData("<in>\"q\"", "<in>\"q\"")]
    public void Program_name_is_the_last_path_segment_without_exe(string word, string expected)
        => Assert.Equal(expected, ShellCommand.ProgramName(word));

    [Fact]
    public void Command_name_of_a_quoted_word_with_a_pipe_does_not_throw()
    {
        var document = DockerfileParser.Parse("FROM scratch\nRUN \"a|b\" c\n");
        var run = document.Instructions.OfType<CommandInstruction>().Single();
        Assert.Equal("a|b", run.Scripts.Single().Commands.Single().Name);
    }
}
